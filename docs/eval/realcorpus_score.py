"""Score the refutations of a `factdesk check --format json` run over tests/realcorpus (articles and
planted copies) against tests/realcorpus/gold.jsonl: a refuted claim overlapping a gold refuted
claim catches it (counted once per gold claim: 'right' in articles, 'caught-planted' in planted
copies); any other refuted claim is a false alarm. Usage:
    python docs/eval/realcorpus_score.py RUN.json [list]
"""
import json, sys, os, collections
pred = json.load(open(sys.argv[1]))
gold = collections.defaultdict(list)
for line in open('tests/realcorpus/gold.jsonl'):
    g = json.loads(line); gold[g['article']].append(g)
def spans(path, gl):
    t = open(path).read(); out = []
    for g in gl:
        n = g.get('occurrence', 1); i = -1
        for _ in range(n):
            i = t.find(g['text'], i + 1)
        if i >= 0: out.append((i, i + len(g['text']), g))
    return out
c = collections.Counter(); fa = []; caught = set()
for doc in pred['documents']:
    rel = doc['path'].split('tests/realcorpus/')[-1]
    gs = spans(doc['path'], gold.get(rel, []))
    planted = rel.startswith('planted/')
    for cl in doc['claims']:
        if cl['verdict'] != 'refuted': continue
        ov = [g for s, e, g in gs if s < cl['end'] and cl['start'] < e]
        hit = [g for g in ov if g['verdict'] == 'refuted']
        if hit:
            caught.update((rel, g['text']) for g in hit)
        else:
            c['false-alarm-in-planted-copy' if planted else 'false-alarm'] += 1
            if not planted: fa.append((rel, cl['kind'], cl['text']))
    if planted:
        c['planted'] += 1
c['right'] = sum(1 for rel, _ in caught if rel.startswith('articles/'))
c['caught-planted'] = sum(1 for rel, _ in caught if rel.startswith('planted/'))
print(sys.argv[1], dict(c))
if len(sys.argv) > 2:
    for x in fa: print('  ', x)
