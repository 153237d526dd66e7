"""Set G's invented partners, their people, their lookalike addresses and the Message-IDs of their real
threads, plus a short constructor shared by lures_g.py and benign_g.py."""

from __future__ import annotations

from typing import Any

from spec import Mail

# name, genuine address, lookalike address used by the hijacks
LARKSPUR = ("Owen Pritchard", "o.pritchard@larkspur-dm.com")  # market maker, London
LARKSPUR_FAKE = ("Owen Pritchard", "o.pritchard@larkspur-dmk.com")
HOSHINO = ("星野信託 山口 彩乃", "a.yamaguchi@hoshino-trust.co.jp")  # trust company, Tokyo
HOSHINO_FAKE = ("星野信託 山口 彩乃", "a.yamaguchi@hoshlno-trust.co.jp")
ARDENNE = ("Bastien Lefort", "b.lefort@ardenne-privee.fr")  # private bank, Paris
ARDENNE_FAKE = ("Bastien Lefort", "b.lefort@ardennes-privee.fr")
DAEYANG = ("대양커스터디 한지민", "jimin.han@daeyang-custody.co.kr")  # custodian, Seoul
DAEYANG_FAKE = ("대양커스터디 한지민", "jimin.han@daeyang-custody.co")
GULF = ("خالد المنصوري", "k.almansoori@gulfmeridian.ae")  # broker, Abu Dhabi
GULF_FAKE = ("خالد المنصوري", "k.almansoori@gulfmerdian.ae")
LIANFENG = ("联丰场外 周静", "zhou.jing@lianfeng-otc.hk")  # OTC desk, Hong Kong
LIANFENG_FAKE = ("联丰场外 周静", "zhou.jing@lianfeng0tc.hk")

MID = {
    "larkspur": "<CAL7p2xQ-settle-1109@larkspur-dm.com>",
    "hoshino": "<20261105093012.4471@hoshino-trust.co.jp>",
    "ardenne": "<a1f3-ardenne-1106@ardenne-privee.fr>",
    "daeyang": "<dy-20261107-0412@daeyang-custody.co.kr>",
    "gulf": "<gm-1108-7731@gulfmeridian.ae>",
    "lianfeng": "<lf-1110-5520@lianfeng-otc.hk>",
}


def mk(label: str, category: str, language: str, note: str, sender: tuple[str, str], to: Any, subject: str,
       body: str, date: str, **kw: Any) -> Mail:
    if isinstance(to[0], str):
        to = (to,)
    return Mail(label=label, category=category, language=language, note=note, sender=sender, to=tuple(to),
                subject=subject, body=body, date=date, **kw)
