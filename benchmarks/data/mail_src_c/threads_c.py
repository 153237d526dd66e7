"""Invented partners of set C and the Message-IDs of their real threads (which the hijacks reply to)."""

NORDEN = ("Erik Lindqvist", "erik.lindqvist@nordenliquidity.com")  # market maker, Stockholm
AOBA = ("小林 直樹", "n.kobayashi@aoba-sol.co.jp")  # domestic systems vendor
MOREAU = ("Julien Moreau", "j.moreau@moreau-avocats.fr")  # Paris law firm
TAKSHING = ("陳嘉欣", "kayan.chan@takshing-cpa.com.hk")  # Hong Kong audit firm
FALCON = ("خالد المنصوري", "k.almansoori@falcongate.ae")  # Dubai OTC partner
HANBIT = ("김민준", "mj.kim@hanbitcoin.co.kr")  # Korean partner exchange

NORDEN_THREAD = "<CAF7nq2Lk3v9Xw1@mail.nordenliquidity.com>"
AOBA_THREAD = "<20261104093012.4F1A2B@aoba-sol.co.jp>"
MOREAU_THREAD = "<a81f3c5e-2b9d-4e07-9c61-moreau@moreau-avocats.fr>"
TAKSHING_THREAD = "<TS-HK-20261105-7781@takshing-cpa.com.hk>"
FALCON_THREAD = "<fg.20261106.11ab42@falcongate.ae>"
HANBIT_THREAD = "<hb-20261107-0932-55f1@hanbitcoin.co.kr>"
