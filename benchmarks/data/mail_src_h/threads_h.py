"""Set H's invented partners, their people, the lookalike addresses used against them, and the
Message-IDs of their real threads (whose openers are benign messages in the set)."""

from __future__ import annotations

# Real partner addresses (their own domains).
THORNBURY = ("Graham Pellow", "g.pellow@thornbury-clearing.com")        # en: prime broker / clearing
SHIOMI = ("汐見商事 財務部 村瀬 恵", "k.murase@shiomi-shoji.co.jp")       # ja: corporate client (OTC)
RIVOLET = ("Hélène Marchetti", "h.marchetti@rivolet-finance.fr")        # fr: payment institution
SAEBYEOL = ("최은서", "eunseo.choi@saebyeol-asset.co.kr")                # ko: asset manager
WADINOOR = ("خالد الشحي", "k.alshehhi@wadinoor.ae")                 # ar: brokerage
HENGTAI = ("周嘉怡", "jiayi.zhou@hengtai-otc.com.hk")                    # zh: OTC desk

# Lookalikes registered by the attacker (they pass SPF/DKIM/DMARC: the attacker owns them).
THORNBURY_FAKE = ("Graham Pellow", "g.pellow@thornbury-clearinq.com")   # g -> q
SHIOMI_FAKE = ("汐見商事 財務部 村瀬 恵", "k.murase@shiomi-shouji.co.jp")  # romanisation variant
RIVOLET_FAKE = ("Hélène Marchetti", "h.marchetti@rivolet-finances.fr")  # plural s
SAEBYEOL_FAKE = ("최은서", "eunseo.choi@saebyeol-asset.kr")              # .co.kr -> .kr
WADINOOR_FAKE = ("خالد الشحي", "k.alshehhi@wadinoor-ae.com")        # ccTLD folded into a .com
HENGTAI_FAKE = ("周嘉怡", "jiayi.zhou@hengtai-otc.hk")                   # .com.hk -> .hk

# Message-IDs of the real threads.
MID_THORNBURY = "<20261104091512.7f3a2c@thornbury-clearing.com>"
MID_SHIOMI = "<CAK9shiomi20261105.4471@shiomi-shoji.co.jp>"
MID_RIVOLET = "<a81c5e0d-rivolet-20261106@rivolet-finance.fr>"
MID_SAEBYEOL = "<20261105.113020.saebyeol.0042@saebyeol-asset.co.kr>"
MID_WADINOOR = "<wn-20261107-0815-3310@wadinoor.ae>"
MID_HENGTAI = "<ht20261106.8823.zhou@hengtai-otc.com.hk>"
