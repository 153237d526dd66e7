"""Set F's invented partners, their people, and the Message-IDs of their genuine threads.

The genuine thread openers and replies are benign messages in benign_f.py; the hijacks in lures_f.py
answer them from lookalike domains (some with In-Reply-To/References pointing here, some without).
"""

# Veltmark Clearing B.V. (Amsterdam): fiat/crypto clearing partner.
VELTMARK = ("Joost Verhagen", "j.verhagen@veltmark.nl")
VELTMARK_FAKE = ("Joost Verhagen", "j.verhagen@veltmark.ni")  # .nl -> .ni (Nicaragua) TLD swap
VELTMARK_MID = "<cl-2026-11-0412.ops@veltmark.nl>"

# 常盤フィナンシャル株式会社 (Tokyo): fiat on-ramp partner, invoices monthly.
TOKIWA = ("森本 沙織", "s.morimoto@tokiwa-financial.co.jp")
TOKIWA_FAKE = ("森本 沙織", "s.morimoto@tokiwafinancial.co.jp")  # hyphen dropped
TOKIWA_MID = "<20261105093112.7c1e@tokiwa-financial.co.jp>"

# Orsel Gestion (Lyon): asset manager, French-speaking client of the Paris office.
ORSEL = ("Bérénice Lavaud", "b.lavaud@orsel-gestion.fr")
ORSEL_FAKE = ("Bérénice Lavaud", "b.lavaud@orsel-gestion.com")  # .fr -> .com
ORSEL_MID = "<a91f0c2e-orsel-1106@orsel-gestion.fr>"

# 한결자산운용 Hangyeol Asset Management (Seoul): institutional client of the Seoul office.
HANGYEOL = ("윤서진", "sj.yoon@hangyeol-am.co.kr")
HANGYEOL_FAKE = ("윤서진", "sj.yoon@hangyeol-am.com")  # .co.kr -> .com
HANGYEOL_MID = "<HG.20261103.5521@hangyeol-am.co.kr>"

# 瑞丰数字资产 Ruifeng Digital Assets (Hong Kong): OTC counterparty of the HK desk.
RUIFENG = ("陈嘉怡", "kayee.chan@ruifeng-digital.hk")
RUIFENG_FAKE = ("陈嘉怡", "kayee.chan@ruifeng-digitai.hk")  # l -> i
RUIFENG_MID = "<rf-otc-20261107-0081@ruifeng-digital.hk>"

# Sahab Capital (Dubai): market maker working with the Dubai office.
SAHAB = ("خالد المنصوري", "k.almansoori@sahabcap.ae")
SAHAB_FAKE = ("خالد المنصوري", "k.almansoori@sahabcap.co")  # .ae -> .co
SAHAB_MID = "<SC-1108-mm-7741@sahabcap.ae>"

# Greywater Prime (London): prime broker.
GREYWATER = ("Fiona Aldridge", "f.aldridge@greywaterprime.com")
GREYWATER_FAKE = ("Fiona Aldridge", "f.aldridge@greywater-prime.com")  # hyphen added
GREYWATER_MID = "<gwp.20261109.3310.fa@greywaterprime.com>"
