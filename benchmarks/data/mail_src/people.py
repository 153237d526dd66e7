"""Invented staff of the example organisation (Kitsune Exchange K.K.) who receive the mail.

The two executives and the two vendors come from examples/profile.toml; everyone else is invented.
"""

CEO = ("Haruto Sato", "h.sato@kitsune-ex.co.jp")
CEO_JA = ("佐藤 陽翔", "h.sato@kitsune-ex.co.jp")
CFO = ("Emily Carter", "emily.carter@kitsune-ex.com")
CFO_JA = ("エミリー・カーター", "emily.carter@kitsune-ex.com")

TANAKA = ("Mika Tanaka", "m.tanaka@kitsune-ex.co.jp")  # treasury operations
TANAKA_JA = ("田中 美香", "m.tanaka@kitsune-ex.co.jp")
SUZUKI = ("Kenta Suzuki", "k.suzuki@kitsune-ex.co.jp")  # backend engineer
SUZUKI_JA = ("鈴木 健太", "k.suzuki@kitsune-ex.co.jp")
ITO = ("Yuki Ito", "y.ito@kitsune-ex.co.jp")  # executive assistant to the CEO
ITO_JA = ("伊藤 由紀", "y.ito@kitsune-ex.co.jp")
TAKAHASHI = ("Sho Takahashi", "s.takahashi@kitsune-ex.co.jp")  # security
TAKAHASHI_JA = ("高橋 翔", "s.takahashi@kitsune-ex.co.jp")
WATANABE_JA = ("渡辺 彩", "a.watanabe@kitsune-ex.co.jp")  # HR
PARK = ("박대현", "d.park@kitsune-ex.com")  # Seoul office
LAURENT = ("Camille Laurent", "c.laurent@kitsune-ex.com")  # Paris office
HADDAD = ("عمر حداد", "o.haddad@kitsune-ex.com")  # Dubai business development
LI = ("李伟", "l.wei@kitsune-ex.com")  # Hong Kong OTC desk
KEIRI = ("経理部", "keiri@kitsune-ex.co.jp")
TREASURY = ("Treasury", "treasury@kitsune-ex.com")
CAREERS = ("Kitsune Exchange Careers", "careers@kitsune-ex.co.jp")
ALL_STAFF = ("All Staff", "all@kitsune-ex.co.jp")
SUPPORT = ("Kitsune Exchange Support", "support@kitsune-ex.com")
