"""The names of the days of the week as news writes them: 'в среду', 'со вторника', 'on
Monday'. The extraction reads the day they name; the note leaves them out of the sentences
it quotes, since each line's own date says the day. Both ask the same words."""

from __future__ import annotations

# The accusative a day takes after 'в'/'во' ('в среду'), and the genitive after 'с'/'со'.
WD_RU = r"понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье"
WD_RU_FROM = r"понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья"
WD_EN = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
