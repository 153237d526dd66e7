"""Set J's invented partners and the Message-IDs of their real threads (shared by lures_j and benign_j)."""

AMBERFIELD = ("Nathan Price", "n.price@amberfield-markets.com")  # market maker, London
MIYAJIMA = ("宮島証券 決済部 小野寺 亮", "onodera@miyajima-sec.co.jp")  # Japanese broker
LORVANE = ("Hélène Marchetti", "h.marchetti@banque-lorvane.fr")  # French private bank
CHEONGSOL = ("윤서진", "sj.yoon@cheongsol-am.co.kr")  # Korean asset manager
DINGSHENG = ("周嘉怡", "jiayi.zhou@dingsheng-da.com.hk")  # Hong Kong OTC
SADAF = ("خالد المنصوري", "k.almansoori@sadaf-brokerage.ae")  # Dubai brokerage

MID_AMBERFIELD = "<c41f7a0e92b3.settle@amberfield-markets.com>"
MID_MIYAJIMA = "<20261105094211.7731@miyajima-sec.co.jp>"
MID_LORVANE = "<lv-2026-11-06-3381@banque-lorvane.fr>"
MID_CHEONGSOL = "<cs.20261107.41d2@cheongsol-am.co.kr>"
MID_DINGSHENG = "<dsda-otc-8842a1@dingsheng-da.com.hk>"
MID_SADAF = "<sadaf.ops.1109.77e0@sadaf-brokerage.ae>"
