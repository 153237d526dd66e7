"""Set K's invented partners: their genuine people and domains, the lookalike domains that answer in
their threads, and the Message-IDs of the genuine thread openers (shared by lures_k.py and benign_k.py)."""

from __future__ import annotations

# Quillfeather Markets (London liquidity provider), English. Lookalike: combo with a hyphen, .com.
QUILL = ("Alistair Renwick", "a.renwick@quillfeather.markets")
QUILL_FAKE = ("Alistair Renwick", "a.renwick@quillfeather-markets.com")
QUILL_MID = "<20261104093012.4471.renwick@quillfeather.markets>"

# 湊川証券 Minatogawa Securities (Osaka), Japanese. Lookalike: "rn" for "m".
MINATO = ("北村 遼", "r.kitamura@minatogawa-sec.co.jp")
MINATO_FAKE = ("北村 遼", "r.kitamura@rninatogawa-sec.co.jp")
MINATO_MID = "<MGS-20261105-0211.kitamura@minatogawa-sec.co.jp>"

# Maison Corbelle Finance (Lyon family office), French. Lookalike: .fr -> .com.
CORBELLE = ("Hélène Vautrin", "h.vautrin@corbelle-finance.fr")
CORBELLE_FAKE = ("Hélène Vautrin", "h.vautrin@corbelle-finance.com")
CORBELLE_MID = "<a81f2c07-corbelle-20261106@corbelle-finance.fr>"

# 청운자산운용 Cheongun Asset Management (Seoul), Korean. Lookalike: doubled letter (cheongunn).
CHEONGUN = ("윤서진", "sj.yoon@cheongun-am.co.kr")
CHEONGUN_FAKE = ("윤서진", "sj.yoon@cheongunn-am.co.kr")
CHEONGUN_MID = "<CAM.20261104.77120.sjyoon@cheongun-am.co.kr>"

# 泓盛数字 Hongsheng Digital (Hong Kong OTC), Chinese. Lookalike: digit 1 for l.
HONGSHENG = ("陈嘉怡", "kayee.chan@hongsheng-digital.com.hk")
HONGSHENG_FAKE = ("陈嘉怡", "kayee.chan@hongsheng-digita1.com.hk")
HONGSHENG_MID = "<hs-otc-20261105-3381@hongsheng-digital.com.hk>"

# Rimal Capital (Dubai brokerage), Arabic. Lookalike: hyphen added.
RIMAL = ("ليلى الشامسي", "l.alshamsi@rimalcapital.ae")
RIMAL_FAKE = ("ليلى الشامسي", "l.alshamsi@rimal-capital.ae")
RIMAL_MID = "<RC-OPS-20261106-1190@rimalcapital.ae>"
