"""JSON-LD text that is safe to paste into ``<script type="application/ld+json">``.

Inside a script element the HTML parser ends the element at the first ``</script``, and
``<!--`` changes how it looks for that end, whatever the JSON means. So ``<``, ``>`` and
``&`` are written as the JSON escapes ``\\u003c``, ``\\u003e`` and ``\\u0026`` (and U+2028/
U+2029 as ``\\u2028``/``\\u2029`` for older JavaScript parsers): the value is the same for
any JSON reader, and the text holds no markup. Used by ``factdesk export claimreview`` and
the desk's ``/runs/RUN_ID/claimreview.json``.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi.responses import JSONResponse

_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                          "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps(data: Any, *, indent: int | None = None) -> str:
    # the characters only ever occur inside JSON strings, where an escape means the same
    return json.dumps(data, ensure_ascii=False, indent=indent).translate(_ESCAPES)


class JSONLDResponse(JSONResponse):
    media_type = "application/ld+json"

    def render(self, content: Any) -> bytes:
        return dumps(content).encode("utf-8")
