"""Set E's invented partners, their people and the Message-IDs of their real threads.

The genuine thread openers and replies are in benign_e.py; the hijacked replies in lures_e.py reuse these
ids in In-Reply-To / References where the attacker had the thread (from a compromised mailbox).
"""

from __future__ import annotations

# Halvorsen Prime (Oslo prime broker), English.
HALVORSEN = ("Ingrid Solberg", "ingrid.solberg@halvorsen-prime.com")
HALVORSEN_FAKE = ("Ingrid Solberg", "ingrid.solberg@halvorsen-prlme.com")
HALVORSEN_MID = "<CAH7pQ2xk1Ls0nB9@mail.halvorsen-prime.com>"
HALVORSEN_REPLY_MID = "<TYCP286MB2211A0E4@kitsune-ex.com>"

# 霧島信託 Kirishima Trust (Japanese trust bank, fiat custody), Japanese.
KIRISHIMA = ("霧島信託銀行 法人営業部 森本 浩二", "k.morimoto@kirishima-trust.co.jp")
KIRISHIMA_FAKE = ("霧島信託銀行 法人営業部 森本 浩二", "k.morimoto@kirishima-trust.jp")
KIRISHIMA_MID = "<20261104093012.7F3A@kirishima-trust.co.jp>"

# Atelier Vasseur Conseil (Paris regulatory counsel), French.
VASSEUR = ("Hélène Vasseur", "h.vasseur@vasseur-conseil.fr")
VASSEUR_FAKE = ("Hélène Vasseur", "h.vasseur@vasseur-conseils.fr")
VASSEUR_MID = "<6f1e2a90-vasseur-3c11@vasseur-conseil.fr>"

# 대한디지털자산 Daehan Digital Assets (Korean market maker), Korean.
DAEHAN = ("한지원", "jiwon.han@daehan-da.co.kr")
DAEHAN_FAKE = ("한지원", "jiwon.han@daehan-da.kr")
DAEHAN_MID = "<20261106.1402.hjw@daehan-da.co.kr>"

# 联和资本 Lianhe Capital (Hong Kong OTC counterparty), Chinese.
LIANHE = ("周嘉慧", "carrie.zhou@lianhe-cap.hk")
LIANHE_FAKE = ("周嘉慧", "carrie.zhou@lianhe-cap.com.hk")
LIANHE_MID = "<LH-20261105-8812@lianhe-cap.hk>"

# القمة الرقمية Qimma Digital (Abu Dhabi broker), Arabic.
QIMMA = ("سالم المنصوري", "salem@qimma-digital.ae")
QIMMA_FAKE = ("سالم المنصوري", "salem@qimma-digitall.ae")
QIMMA_MID = "<AW.20261107.5521@qimma-digital.ae>"
