"""statement.invoked slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class InvokedSlots(Slots):
    #: the Charter article's number ("Article 99")
    article: int
    #: the actor the sentence names before the verb ("Antonio Guterres"), empty for "He" or none
    actor: str = ""
    #: the words that say it ("invoked Article 99 of the UN Charter")
    said: str = ""
    #: the sentence calls the invocation the actor's first ("the first time ... has invoked the article")
    first: bool = False
