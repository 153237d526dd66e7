"""Set D's invented partners, their people, and the Message-IDs of their real threads.

A benign message opens or answers each thread; a conversation-hijack lure replies to the same
Message-ID from a lookalike of the partner's domain (or forwards it without In-Reply-To).
"""

# Marlowe Custody (custodian, Singapore) - real domain marlowe-custody.com
ADEBAYO = ("James Adebayo", "james.adebayo@marlowe-custody.com")
MARLOWE_FEES_ID = "<CAHc7Q1-fee-schedule-q4.20261103.0412@marlowe-custody.com>"

# Ishikari Digital Trading (domestic OTC desk) - real domain ishikari-dt.co.jp
MORIYAMA_JA = ("森山 拓也", "t.moriyama@ishikari-dt.co.jp")
ISHIKARI_OTC_ID = "<20261105094512.7731.otc@ishikari-dt.co.jp>"

# Banque Vauclair (French payment bank) - real domain vauclair-banque.fr
ROUSSEL = ("Élodie Roussel", "e.roussel@vauclair-banque.fr")
VAUCLAIR_SEPA_ID = "<a91f3c20-sepa-ouverture@vauclair-banque.fr>"

# Seorin Digital (Korean exchange partner) - real domain seorin-digital.kr
HAN = ("한지우", "jiwoo.han@seorin-digital.kr")
SEORIN_WHITELIST_ID = "<whitelist-20261106-0231@seorin-digital.kr>"

# Jade Harbour OTC (Hong Kong) - real domain jadeharbour.com.hk
AU = ("區詠琪", "wingki.au@jadeharbour.com.hk")
JADE_BLOCK_ID = "<JH-OTC-20261107-118@jadeharbour.com.hk>"

# Meiwa Audit (external auditor) - real domain meiwa-audit.co.jp
SUGIURA_JA = ("杉浦 聡子", "s.sugiura@meiwa-audit.co.jp")
MEIWA_AUDIT_ID = "<meiwa.20261104.sugiura.poc@meiwa-audit.co.jp>"

# Al Noor Markets (Dubai liquidity partner) - real domain alnoor-markets.ae
SAEED = ("خالد السعيد", "khalid.saeed@alnoor-markets.ae")
ALNOOR_PRICING_ID = "<an-pricing-1108-ks@alnoor-markets.ae>"
