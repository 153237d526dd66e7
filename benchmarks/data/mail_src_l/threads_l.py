"""Set L's invented partners (genuine and lookalike addresses), the Message-IDs of their real threads,
and a short constructor shared by lures_l.py and benign_l.py."""

from __future__ import annotations

from spec import Att, Mail

# -- partners whose real threads are in the set, and the lookalikes used against them ------------------

ELMSWORTH = ("Harriet Voss", "h.voss@elmsworth.co.uk")  # Elmsworth Prime, London prime broker
ELMSWORTH_FAKE = ("Harriet Voss", "h.voss@elmsworth-co.uk")  # dot turned into a hyphen
ELMSWORTH_MID = "<20261105093112.7Q2F@elmsworth.co.uk>"

CHITOSE = ("大関 誠", "m.ozeki@chitose-fin.co.jp")  # 千歳ファイナンス, Sapporo
CHITOSE_FAKE = ("大関 誠", "m.ozeki@chltose-fin.co.jp")  # l for i
CHITOSE_MID = "<CHT-20261106-0412.ab77e1@chitose-fin.co.jp>"

SORELLE = ("Mathilde Royer", "m.royer@banque-sorelle.fr")  # Banque Sorelle, Lyon
SORELLE_FAKE = ("Mathilde Royer", "m.royer@banquesorelle.fr")  # hyphen dropped
SORELLE_MID = "<d41f0a.sorelle.20261107@banque-sorelle.fr>"

EUNHA = ("정하윤", "hy.jung@eunhadigital.co.kr")  # 은하디지털, Seoul
EUNHA_FAKE = ("정하윤", "hy.jung@eunhadigitai.co.kr")  # i for l
EUNHA_MID = "<eunha.20261106.5521@eunhadigital.co.kr>"

JIAHE = ("何嘉欣", "kayan.ho@jiahe-da.com.hk")  # 嘉禾数字资产, Hong Kong
JIAHE_FAKE = ("何嘉欣", "kayan.ho@jiahe-da-hk.com")  # ccTLD folded into the name
JIAHE_MID = "<JH-OTC-1108-8830@jiahe-da.com.hk>"

DHOW = ("يوسف المري", "y.almarri@dhowbridge.ae")  # Dhow Bridge Brokerage, Dubai
DHOW_FAKE = ("يوسف المري", "y.almarri@dhowbrldge.ae")  # l for i
DHOW_MID = "<db-20261109-7731@dhowbridge.ae>"


def mail(label: str, category: str, language: str, note: str, sender: tuple[str, str],
         to: tuple[str, str] | tuple[tuple[str, str], ...], subject: str, body: str, date: str,
         **kw: object) -> Mail:
    """One Mail; `to` may be a single (name, address) pair."""
    recipients = (to,) if isinstance(to[0], str) else to
    return Mail(label=label, category=category, language=language, note=note, sender=sender,
                to=recipients, subject=subject, body=body, date=date, **kw)  # type: ignore[arg-type]


__all__ = ["Att", "mail"]
