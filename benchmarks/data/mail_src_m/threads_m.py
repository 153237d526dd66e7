"""Set M's invented partners, their people, their lookalike addresses and the Message-IDs of their real
threads (shared by lures_m.py and benign_m.py so that hijacks can point at the real opener)."""

from __future__ import annotations

# (display name, real address, lookalike address used by the hijacker)
PINEMARSH = ("Nadia Holloway", "n.holloway@pinemarsh-settlement.com", "n.holloway@pinemarsh-setlement.com")
KIRYU = ("桐生証券 大森 俊介", "s.omori@kiryu-sec.co.jp", "s.omori@kiryu-sc.co.jp")
YEONWOO = ("연우커스터디 정민수", "ms.jung@yeonwoo-custody.co.kr", "ms.jung@yeonwoo-cust0dy.co.kr")
RUNZE = ("润泽场外 陈思远", "chen.siyuan@runze-otc.com.hk", "chen.siyuan@runzeotc.com.hk")
MORVELLE = ("Hélène Garnier", "h.garnier@banque-morvelle.fr", "h.garnier@banque-morveile.fr")
NAKHEEL = ("يوسف المنصوري", "y.almansoori@nakheelcrest.ae", "y.almansoori@nakheelcrest-ae.net")
VERRANO = ("Callum Achterberg", "callum.achterberg@verranoprime.com", "callum.achterberg@verrano-prime.com")

# Message-IDs of the partners' real thread openers (the openers are benign messages of this set).
MID_PINEMARSH = "<pm-20261104-0912.settle@pinemarsh-settlement.com>"
MID_KIRYU = "<20261105101500.7741@kiryu-sec.co.jp>"
MID_YEONWOO = "<ds.20261106.3301@yeonwoo-custody.co.kr>"
MID_RUNZE = "<rz-otc-20261105-88@runze-otc.com.hk>"
MID_MORVELLE = "<morvelle.4f1e2026@banque-morvelle.fr>"
MID_NAKHEEL = "<nc-1107-term-sheet@nakheelcrest.ae>"
MID_VERRANO = "<vp.ops.20261109@verranoprime.com>"
