#!/usr/bin/env python3
"""Regenerate the hand-labelled lookalike / hard-benign evaluation sets.

Outputs (next to this file):
  lookalikes.csv          host,brand,class,note
  benign_lookalike.csv    host,note

Deterministic, standard library only.  Almost every host below is written by
hand; the script only
  * encodes the hand-written Unicode IDN forms to punycode (and checks that
    decoding gives the same Unicode back),
  * derives the bit-flip squats for a hand-picked list of (brand, label,
    position) choices and checks each really is a one-bit flip,
  * writes an automatic note for typos (which edit it is) and checks that
    every typo is exactly one edit away from the brand,
  * validates everything (hostname syntax, duplicates, brands, classes,
    "not under the brand's own registrable domain", no lookalike/benign
    overlap) and prints counts.

Run:  python3 benchmarks/data/make_lookalikes.py            (writes + checks)
      python3 benchmarks/data/make_lookalikes.py --check    (checks only)
"""
from __future__ import annotations

import csv
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PROTECTED_FILE = os.path.join(HERE, "eval_protected.txt")

CLASSES = ("typo", "homoglyph-idn", "homoglyph-ascii", "combosquat",
           "subdomain", "tld-swap", "bitsquat", "hyphenation")

FREE_HOSTING = ("vercel.app", "pages.dev", "netlify.app", "github.io",
                "web.app", "firebaseapp.com", "herokuapp.com", "workers.dev",
                "glitch.me", "onrender.com", "replit.app", "webflow.io")


def load_protected() -> list[str]:
    out = []
    with open(PROTECTED_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line.lower())
    return out


def norm(host: str) -> str:
    """Lower-case and drop one trailing root dot (what a resolver would do)."""
    h = host.strip().lower()
    return h.removesuffix(".")


def registrable(host: str) -> str:
    labels = norm(host).split(".")
    if len(labels) >= 3 and labels[-2:] == ["co", "jp"]:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


# --------------------------------------------------------------------------
# 1. TYPOS  (same TLD as the brand; one keyboard-adjacent substitution,
#    omission, duplication, transposition or insertion).  Hand-written.
# --------------------------------------------------------------------------
TYPOS = {
    "metamask.io": "metmask.io metamsk.io metamaks.io meatmask.io mettamask.io "
                   "netamask.io metanask.io mteamask.io metqmask.io metamassk.io "
                   "metamaskk.io metamak.io",
    "uniswap.org": "unisawp.org unswap.org uniwsap.org uinswap.org unisswap.org "
                   "uniswao.org uniswsp.org uniwap.org",
    "opensea.io": "opensae.io opnsea.io openseaa.io oppensea.io opwnsea.io "
                  "opensa.io ooensea.io opemsea.io",
    "binance.com": "binnance.com binace.com binanve.com bimance.com binancce.com "
                   "biance.com binanc.com",
    "coinbase.com": "coinbsae.com conbase.com coinbade.com coimbase.com coinbasse.com "
                    "cionbase.com coinbaes.com coinnbase.com",
    "kraken.com": "krakken.com kraen.com karken.com krakne.com krsken.com kraaken.com",
    "okx.com": "oxk.com okxx.com",
    "bybit.com": "bybt.com bybiit.com byibt.com bybitt.com bbybit.com",
    "kucoin.com": "kucoim.com kuconi.com kucion.com kuocin.com kuccoin.com",
    "bitfinex.com": "bitfinx.com bitfnex.com bitfimex.com bittfinex.com btifinex.com "
                    "bitfinez.com",
    "gemini.com": "gemimi.com gemnii.com gemiini.com gwmini.com",
    "ledger.com": "ledgre.com ledegr.com lwdger.com ledgeer.com ledgerr.com",
    "trezor.io": "trezzor.io trezr.io terzor.io trezpr.io trezoor.io",
    "phantom.app": "phantm.app phanton.app phamtom.app pahntom.app phantoom.app",
    "trustwallet.com": "trustwalet.com trustwallett.com trsutwallet.com truswallet.com "
                       "trustwalle.com trustwalelt.com",
    "exodus.com": "exdous.com exoduss.com exidus.com",
    "blockchain.com": "blockchian.com blokchain.com blockchaim.com bloclchain.com",
    "etherscan.io": "etherscn.io ehterscan.io etherescan.io etherscam.io ethrscan.io "
                    "etherrscan.io",
    "bscscan.com": "bcsscan.com bscsan.com bscscann.com bacscan.com",
    "lido.fi": "lidoo.fi ldio.fi liddo.fi",
    "aave.com": "aavee.com aaev.com aqve.com",
    "curve.fi": "cruve.fi curce.fi currve.fi curvee.fi",
    "sushi.com": "sushii.com suhsi.com ssushi.com",
    "1inch.io": "1incch.io 1inh.io 1imch.io 11inch.io 1nich.io",
    "compound.finance": "compund.finance compoumd.finance coompound.finance "
                        "comopund.finance",
    "makerdao.com": "makerdoa.com makrdao.com makkerdao.com",
    "yearn.finance": "yeran.finance yearnn.finance yaern.finance",
    "dydx.exchange": "dyxd.exchange dydxx.exchange",
    "arbitrum.io": "arbitrun.io arbitum.io arbirtum.io abritrum.io",
    "polygon.technology": "polygom.technology ploygon.technology polygn.technology",
    "walletconnect.com": "walletconect.com walletconnet.com wallettconnect.com "
                         "walletcinnect.com",
    "rabby.io": "rabbby.io rabyb.io",
    "zerion.io": "zerino.io zeiron.io",
    "debank.com": "debnak.com debankk.com debanl.com",
    "blur.io": "bulr.io bllur.io blurr.io",
    "magiceden.io": "magicedn.io magiceeden.io magicedem.io",
    "rarible.com": "rarrible.com rarbile.com",
    "coingecko.com": "coingeko.com coingekco.com conigecko.com",
    "coinmarketcap.com": "coinmarketcao.com coinmarkecap.com coinmarketcapp.com",
    "bitflyer.com": "bitfyer.com bitflyre.com",
    "coincheck.com": "coinchek.com coincheeck.com conicheck.com",
    "zaif.jp": "zaiff.jp ziaf.jp",
    "upbit.com": "upbitt.com ubpit.com",
    "bithumb.com": "bithum.com bithumbb.com bitumb.com",
    "safe.global": "saef.global safee.global",
    "app.safe.global": "app.sfae.global app.safr.global app.saafe.global",
    "console.fireblocks.io": "console.firebloks.io console.fierblocks.io "
                             "console.fireblcoks.io console.firebocks.io "
                             "console.fireblocsk.io",
    "fireblocks.com": "firebloks.com fireblokcs.com",
    "chain.link": "chian.link chainn.link",
    "kitsune-ex.com": "kitsnue-ex.com kitsune-ez.com kitune-ex.com kitsunee-ex.com "
                      "kitsume-ex.com kistune-ex.com",
    "kitsune-ex.co.jp": "kitsnue-ex.co.jp kitsun-ex.co.jp kitsune-exx.co.jp "
                        "kitsune-wx.co.jp",
    "pancakeswap.finance": "pancakesawp.finance pancakswap.finance "
                           "pankcakeswap.finance pancakeswsp.finance",
    "myetherwallet.com": "myetherwalet.com myehterwallet.com myetherwallte.com "
                         "myeterwallet.com",
    "launchpad.ethereum.org": "launchpad.ethereun.org launchpad.etherum.org",
    "dfinity.org": "dfinty.org",
    "cryptokitties.co": "cryptokities.co",
    "hederahashgraph.com": "hederahasgraph.com",
    "originprotocol.com": "orginprotocol.com",
    "localcryptos.com": "locallcryptos.com",
    "auctus.org": "auctsu.org",
    "fulcrum.trade": "fulcrun.trade",
    "maskmeta.org": "maskmetta.org",
}

# --------------------------------------------------------------------------
# 2. ASCII HOMOGLYPHS  (rn->m, vv->w, 0->o, 1->l/i, l->i, cl->d, q->g)
#    host: note
# --------------------------------------------------------------------------
HOMOGLYPH_ASCII = {
    "metamask.io": {"rnetamask.io": "rn->m", "metarnask.io": "rn->m",
                    "rnetarnask.io": "rn->m twice"},
    "opensea.io": {"0pensea.io": "0->o", "opens3a.io": "3->e"},
    "uniswap.org": {"unlswap.org": "l->i", "un1swap.org": "1->i"},
    "walletconnect.com": {"vvalletconnect.com": "vv->w", "walletc0nnect.com": "0->o",
                          "wa11etconnect.com": "11->ll"},
    "trustwallet.com": {"trustvvallet.com": "vv->w", "trustwa1let.com": "1->l"},
    "coinbase.com": {"c0inbase.com": "0->o", "colnbase.com": "l->i"},
    "binance.com": {"b1nance.com": "1->i", "blnance.com": "l->i"},
    "okx.com": {"0kx.com": "0->o"},
    "gemini.com": {"gernini.com": "rn->m", "gemlni.com": "l->i"},
    "ledger.com": {"1edger.com": "1->l", "ledqer.com": "q->g"},
    "phantom.app": {"phantorn.app": "rn->m", "phant0m.app": "0->o"},
    "blur.io": {"b1ur.io": "1->l"},
    "sushi.com": {"sush1.com": "1->i", "sushl.com": "l->i"},
    "kucoin.com": {"kuc0in.com": "0->o", "kucoln.com": "l->i"},
    "bybit.com": {"byb1t.com": "1->i"},
    "bitfinex.com": {"b1tfinex.com": "1->i", "bltfinex.com": "l->i"},
    "trezor.io": {"trez0r.io": "0->o"},
    "exodus.com": {"ex0dus.com": "0->o"},
    "blockchain.com": {"bl0ckchain.com": "0->o", "b1ockchain.com": "1->l"},
    "lido.fi": {"1ido.fi": "1->l", "lid0.fi": "0->o"},
    "dydx.exchange": {"clydx.exchange": "cl->d", "dyclx.exchange": "cl->d"},
    "debank.com": {"clebank.com": "cl->d"},
    "magiceden.io": {"rnagiceden.io": "rn->m"},
    "coingecko.com": {"c0ingecko.com": "0->o", "coingeck0.com": "0->o"},
    "coinmarketcap.com": {"coinrnarketcap.com": "rn->m"},
    "compound.finance": {"cornpound.finance": "rn->m", "c0mpound.finance": "0->o"},
    "makerdao.com": {"rnakerdao.com": "rn->m", "makerda0.com": "0->o"},
    "arbitrum.io": {"arbitrurn.io": "rn->m", "arbltrum.io": "l->i"},
    "polygon.technology": {"p0lygon.technology": "0->o", "po1ygon.technology": "1->l"},
    "zerion.io": {"zeri0n.io": "0->o"},
    "rarible.com": {"rarib1e.com": "1->l"},
    "bitflyer.com": {"bitf1yer.com": "1->l"},
    "coincheck.com": {"c0incheck.com": "0->o"},
    "zaif.jp": {"za1f.jp": "1->i"},
    "upbit.com": {"upb1t.com": "1->i"},
    "bithumb.com": {"bithurnb.com": "rn->m"},
    "kitsune-ex.com": {"kltsune-ex.com": "l->i", "k1tsune-ex.com": "1->i"},
    "kitsune-ex.co.jp": {"k1tsune-ex.co.jp": "1->i", "kltsune-ex.co.jp": "l->i"},
    "console.fireblocks.io": {"console.flreblocks.io": "l->i",
                              "console.fireb1ocks.io": "1->l"},
    "fireblocks.com": {"firebl0cks.com": "0->o"},
    "chain.link": {"cha1n.link": "1->i"},
    "pancakeswap.finance": {"pancakesvvap.finance": "vv->w"},
    "myetherwallet.com": {"myethervvallet.com": "vv->w", "myetherwa11et.com": "11->ll"},
}

# --------------------------------------------------------------------------
# 3. IDN HOMOGLYPHS  (Unicode written with escapes so the file is unambiguous)
#    Cyrillic: \u0430 a, \u0435 e, \u043e o, \u0440 p, \u0441 c, \u0445 x,
#              \u0443 y, \u0456 i, \u0455 s, \u0501 d, \u04cf l (palochka)
#    Greek:    \u03bf o, \u03b9 i, \u03bd v
#    Whole-script Cyrillic: \u043a k, \u0475 izhitsa (v)
#    Latin:    \u00ed i-acute, \u00e4 a-diaeresis, \u0131 dotless i, \u00e1 a-acute, \u00eb e-diaeresis,
#              \u00f6 o-diaeresis, \u00fc u-diaeresis, \u1eb9 e-dot-below,
#              \u00e9 e-acute, \u0251 alpha, \u00e0 a-grave
# --------------------------------------------------------------------------
HOMOGLYPH_IDN = {
    "metamask.io": ["m\u0435tamask.io.wallet-verify.com", "m\u0435tamask.io", "metam\u0430sk.io", "m\u0435t\u0430m\u0430sk.io",
                    "metama\u0455k.io", "metam\u00e0sk.io", "m\u00ebtamask.io"],
    "uniswap.org": ["un\u0456swap.org", "unisw\u0430p.org", "unisw\u0430\u0440.org",
                    "\u00faniswap.org", "un\u03b9swap.org"],
    "opensea.io": ["\u043epensea.io", "op\u0435nsea.io", "opens\u0435a.io",
                   "\u03bfpensea.io", "\u043e\u0440\u0435n\u0455\u0435\u0430.io",
                   "\u00f6pensea.io"],
    "binance.com": ["b\u00ednance.com", "bin\u0430nce.com", "b\u0456nance.com", "binan\u0441e.com",
                    "b\u0131nance.com", "binanc\u00e9.com"],
    "coinbase.com": ["co\u00ednbase.com", "\u0441\u043einbase.com", "coinb\u0430se.com", "co\u0456nbase.com",
                     "coinbas\u0435.com"],
    "kraken.com": ["kr\u00e4ken.com", "krak\u0435n.com", "kr\u0430ken.com"],
    "okx.com": ["\u043ek\u0445.com", "ok\u0445.com", "\u043e\u043a\u0445.com"],
    "bybit.com": ["b\u0443bit.com", "byb\u0456t.com"],
    "kucoin.com": ["kuc\u043ein.com", "ku\u0441oin.com"],
    "bitfinex.com": ["bitf\u0456nex.com", "bitfin\u0435x.com"],
    "gemini.com": ["g\u00e9mini.com", "g\u0435mini.com", "gem\u0456ni.com"],
    "ledger.com": ["l\u00e9dger.com", "l\u0435dger.com", "ledg\u0435r.com"],
    "trezor.io": ["tr\u0435zor.io", "trez\u043er.io"],
    "phantom.app": ["ph\u00e4ntom.app", "ph\u0430ntom.app", "phant\u043em.app"],
    "trustwallet.com": ["trustw\u0430llet.com"],
    "exodus.com": ["ex\u043edus.com"],
    "blockchain.com": ["bl\u043e\u0441kchain.com"],
    "etherscan.io": ["\u0435therscan.io", "ether\u0455can.io"],
    "lido.fi": ["l\u00eddo.fi", "l\u0456do.fi", "lid\u043e.fi", "\u04cfido.fi"],
    "aave.com": ["\u0430ave.com", "a\u0251ve.com", "\u0430\u0430\u0475\u0435.com", "\u00e4ave.com"],
    "curve.fi": ["\u0441urve.fi", "curv\u0435.fi"],
    "sushi.com": ["\u0455ushi.com", "sush\u0456.com"],
    "1inch.io": ["1\u0456nch.io"],
    "safe.global": ["\u0455afe.global", "s\u0430fe.global"],
    "app.safe.global": ["app.s\u0430fe.global", "app.saf\u0435.global"],
    "console.fireblocks.io": ["console.fir\u0435blocks.io", "console.firebl\u043e\u0441ks.io"],
    "fireblocks.com": ["f\u0456reblocks.com"],
    "chain.link": ["ch\u0430in.link"],
    "kitsune-ex.com": ["kits\u00fcne-ex.com", "k\u0456tsune-ex.com", "kitsun\u0435-ex.com", "kit\u0455une-ex.com"],
    "kitsune-ex.co.jp": ["kitsun\u0435-ex.co.jp.secure-login.net"],
    "pancakeswap.finance": ["p\u0430ncakeswap.finance", "pancake\u0455wap.finance"],
    "myetherwallet.com": ["myetherwall\u1eb9t.com", "myetherw\u0430llet.com"],
    "walletconnect.com": ["wallet\u0441onnect.com"],
    "magiceden.io": ["magic\u0435den.io"],
    "coingecko.com": ["coingeck\u043e.com"],
    "dydx.exchange": ["\u0501ydx.exchange"],
    "polygon.technology": ["p\u043elygon.technology"],
    "arbitrum.io": ["\u0430rbitrum.io"],
    "rabby.io": ["r\u0430bby.io"],
    "zerion.io": ["z\u0435rion.io"],
    "debank.com": ["d\u0435bank.com"],
    "blur.io": ["bl\u00fcr.io"],
    "rarible.com": ["r\u0430rible.com"],
    "coinmarketcap.com": ["\u0441oinmarketcap.com"],
    "bitflyer.com": ["bitfl\u0443er.com"],
    "coincheck.com": ["coin\u0441heck.com"],
    "upbit.com": ["u\u0440bit.com"],
    "bithumb.com": ["b\u0456thumb.com"],
}

# --------------------------------------------------------------------------
# 4. COMBOSQUATS  (brand token + word(s) inside the registrable label)
#    "host" or "host|note"
# --------------------------------------------------------------------------
COMBOSQUATS = {
    "metamask.io": """metamask-wallet-connect.com metamask-support.com metamaskrestore.com
        metamask-verify.net metamask-login.app metamasksync.io metamask-extension.xyz
        metamask-recovery.online secure-metamask.com metamask-airdrop.org
        getmetamask-app.com metamask-v2.site metamask-unlock.info""",
    "uniswap.org": """uniswapclaim.app uniswap-airdrop.com uniswap-v4.net app-uniswap.com
        uniswap-rewards.xyz claim-uniswap.org uniswapv3-migrate.com uniswap-dapp.io""",
    "opensea.io": """opensea-drop.com openseaclaim.net opensea-nft-mint.com
        opensea-support.help opensea-verify.io opensea-offers.xyz opensea-migration.com""",
    "safe.global": """safe-global-app.xyz safeglobal-wallet.com safe-global-claim.com
        safe-global-multisig.com safe-wallet-global.com""",
    "app.safe.global": """app-safe-global-wallet.com app-safe-global-sign.xyz
        appsafeglobal-tx.com""",
    "binance.com": """binance-support.com binance-verify.net binance-jp.com
        binance-secure-login.com binance-web3-wallet.com binancekyc.com binance-p2p.app
        binance-careers-interview.com|recruitment lure (Lazarus 'Dream Job' style)""",
    "coinbase.com": """coinbase-wallet-connect.com coinbase-support-center.com
        coinbaseverify.net coinbase-login.help coinbase-recovery.com
        coinbase-careers.net|recruitment lure coinbase-security-alert.com""",
    "kraken.com": "kraken-login.com kraken-verify.net kraken-support.help krakenpro-app.com",
    "okx.com": """okx-web3.com okxwallet-connect.com okx-support.net okx-jp.com
        okx-airdrop.xyz okx-dex.app""",
    "bybit.com": """bybit-claim.com bybit-support.net bybitcareer.com|recruitment lure
        bybit-launchpool.xyz""",
    "kucoin.com": "kucoin-login.com kucoin-verify.net kucoin-support.org",
    "bitfinex.com": "bitfinex-support.com bitfinex-login.net",
    "gemini.com": "gemini-wallet-verify.com gemini-support.net gemini-exchange-login.com",
    "ledger.com": """ledger-live-update.com ledgerlive-download.net ledger-recovery.com
        ledger-support.org ledger-wallet-sync.app ledgerlive-firmware.com""",
    "trezor.io": "trezor-suite-app.com trezor-io-start.com trezorwallet-update.net",
    "phantom.app": """phantom-wallet-app.com phantomwallet-connect.xyz
        phantom-app-download.com phantom-solana-claim.com""",
    "trustwallet.com": "trustwallet-connect.com trustwallet-support.net trustwalletapp-verify.com",
    "exodus.com": "exodus-wallet-restore.com exodus-support.net",
    "blockchain.com": "blockchain-login-verify.com blockchain-wallet-recovery.com",
    "etherscan.io": "etherscan-verify.com etherscan-token-approval.net etherscan-explorer.xyz",
    "bscscan.com": "bscscan-airdrop.com bscscan-verify.net",
    "lido.fi": """lido-staking.com lido-fi-claim.com lidostake-app.xyz lido-rewards.net
        lido-withdrawal.com""",
    "aave.com": "aave-app.xyz aave-claim.com aave-v3-migrate.com aave-rewards.net",
    "curve.fi": "curve-fi-app.com curvefinance-claim.com curve-dao-rewards.xyz curve-swap.net",
    "sushi.com": "sushiswap-claim.com sushi-airdrop.xyz sushi-dex.net sushiswap-app.org",
    "1inch.io": "1inch-airdrop.com 1inch-claim.net 1inchswap-app.com",
    "compound.finance": "compound-finance-claim.com compound-comp-rewards.xyz",
    "makerdao.com": "makerdao-migrate.com makerdao-sky-upgrade.com",
    "yearn.finance": "yearn-vaults.xyz yearn-finance-claim.com",
    "dydx.exchange": "dydx-airdrop.com dydx-claim.net dydx-v4-bridge.com",
    "arbitrum.io": "arbitrum-airdrop.com arbitrum-claim.net arbitrum-bridge-app.com arbitrum-odyssey.xyz",
    "polygon.technology": "polygon-bridge-app.com polygon-pol-migrate.com",
    "walletconnect.com": """walletconnect-sync.com walletconnect-validate.net
        walletconnect-bridge.app walletconnect-dapps.com walletconnectrpc.xyz""",
    "rabby.io": "rabby-wallet-download.com rabbywallet-app.xyz",
    "zerion.io": "zerion-wallet-claim.com",
    "debank.com": "debank-airdrop.com debank-rewards.xyz",
    "blur.io": "blur-airdrop.com blur-claim.net blurnft-rewards.xyz blur-season3.com",
    "magiceden.io": "magiceden-claim.com magiceden-drops.net magiceden-wallet.xyz",
    "rarible.com": "rarible-airdrop.com",
    "coingecko.com": "coingecko-listing.com|fake listing-application lure coingecko-candy-claim.com",
    "coinmarketcap.com": "coinmarketcap-listing.com|fake listing-application lure coinmarketcap-airdrop.net",
    "bitflyer.com": "bitflyer-login.com bitflyer-jp-verify.com bitflyer-support.net",
    "coincheck.com": "coincheck-login.com coincheck-jp.net coincheck-verify.com",
    "zaif.jp": "zaif-login.com zaif-jp-support.com",
    "upbit.com": "upbit-login.com upbit-kr.net upbit-event.com",
    "bithumb.com": "bithumb-event.com bithumb-login.net bithumb-kr-verify.com",
    "kitsune-ex.com": """kitsune-ex-login.com kitsune-ex-support.com kitsune-ex-wallet.net
        kitsuneex-verify.com kitsune-exchange.com|brand name spelled out (kitsune-ex -> kitsune-exchange) kitsune-ex-app.xyz
        kitsune-ex-careers.com|recruitment lure
        kitsune-ex-investor-meeting.com|investor/meeting lure (BlueNoroff style)
        kitsune-ex-official.com""",
    "kitsune-ex.co.jp": """kitsune-ex-jp.com kitsune-ex-jp-login.com kitsune-ex-login.jp
        kitsuneex-jp.net kitsune-ex-jp-support.com""",
    "console.fireblocks.io": """fireblocks-console.com console-fireblocks-login.com
        fireblocks-console-sso.net fireblocks-console-verify.com""",
    "fireblocks.com": """fireblocks-careers.com|recruitment lure fireblocks-custody.net
        fireblocks-api.xyz""",
    "chain.link": "chainlink-airdrop.com chainlink-staking.net chainlink-ccip-claim.xyz",
    "pancakeswap.finance": "pancakeswap-airdrop.com pancakeswap-v4.finance pancakeswapclaim.net",
    "myetherwallet.com": "myetherwallet-login.com myetherwallet-access.net",
    "launchpad.ethereum.org": "ethereum-launchpad.com launchpad-ethereum-staking.org",
    "hederahashgraph.com": "hederahashgraph-airdrop.com",
    "dfinity.org": "dfinity-icp-claim.com",
    "originprotocol.com": "originprotocol-claim.com",
    "cryptokitties.co": "cryptokitties-drop.com",
}

# --------------------------------------------------------------------------
# 5. SUBDOMAIN  (brand, or brand+word, in labels below a foreign registrable
#    domain -- including free-hosting platforms, which are public suffixes)
# --------------------------------------------------------------------------
SUBDOMAINS = {
    "metamask.io": """metamask.io.secure-login.ru metamask.io-wallet.verify-session.com
        www.metamask.io.restore-wallet.app metamask.walletsync.net
        metamask-wallet.vercel.app metamask-restore.netlify.app
        metamask-extension.pages.dev metamask-login.web.app metamask-io.firebaseapp.com
        metamask-sync.herokuapp.com metamask-verify.jdoe221.workers.dev
        metamask-wallet-restore.github.io
        www.metamask.io.wallet.restore.session-8821.secure-node.com""",
    "app.safe.global": """app.safe.global.vercel.app app.safe.global.sign-tx.com
        app-safe-global.pages.dev app.safe.global.multisig-confirm.net""",
    "safe.global": "safe.global.multisig-verify.io safe-global-wallet.netlify.app",
    "opensea.io": """opensea.claim-drop.net opensea.io.nft-offer.xyz opensea-mint.vercel.app
        opensea-drop.pages.dev""",
    "uniswap.org": """uniswap-v4.pages.dev app.uniswap.org.swap-claim.com
        uniswap.claim-airdrop.xyz uniswap-claim.vercel.app uniswap-rewards.netlify.app
        app.uniswap.org.swap.v4.claim.tokens-airdrop.xyz""",
    "binance.com": """binance.com.login-security.com accounts.binance.com.verify-id.net
        binance-kyc.web.app binance-support.herokuapp.com
        secure.binance.com.account.kyc.verify-center.net""",
    "coinbase.com": """coinbase.com.account-recovery.support login.coinbase.com.secure-auth.net
        coinbase-wallet.firebaseapp.com coinbase.careers-portal.net
        coinbase-verify.netlify.app login.coinbase.com.oauth.callback.auth-verify-id.com""",
    "kraken.com": "kraken.com.signin-secure.net kraken-login.vercel.app",
    "okx.com": "okx.com.web3-wallet.app okx-web3.pages.dev",
    "bybit.com": "bybit.com.launchpool-event.net bybit-claim.web.app",
    "kucoin.com": "kucoin.com.account-verify.org kucoin-login.netlify.app",
    "bitfinex.com": "bitfinex.com.login-2fa.net",
    "gemini.com": """gemini.com.secure-verify.net exchange.gemini.com.signin-session.com
        gemini-login.firebaseapp.com""",
    "ledger.com": """ledger.com.firmware-update.net ledger-live.vercel.app
        ledgerlive-update.github.io shop.ledger.com.order-support.net""",
    "trezor.io": "trezor.io.start-suite.com suite.trezor.io.wallet-check.net trezor-suite.netlify.app",
    "phantom.app": "phantom.app.wallet-restore.net phantom-wallet.vercel.app phantom-claim.pages.dev",
    "trustwallet.com": "trustwallet.com.dapp-sync.net trustwallet-connect.web.app",
    "exodus.com": "exodus.com.wallet-support.net",
    "etherscan.io": "etherscan.io.tx-verify.net etherscan-verify.vercel.app",
    "lido.fi": """lido.fi.stake-rewards.xyz stake.lido.fi.claim-eth.net lido-staking.pages.dev
        lido-fi.vercel.app""",
    "aave.com": "aave.com.app-claim.net app.aave.com.v3-migrate.xyz aave-rewards.netlify.app",
    "curve.fi": "curve.fi.pools-claim.net curve-fi.pages.dev",
    "sushi.com": "sushi.com.swap-claim.xyz sushi-swap.netlify.app",
    "blur.io": "blur.io.claim-airdrop.net blur-airdrop.vercel.app blur-season2.pages.dev",
    "1inch.io": "1inch.io.airdrop-claim.com 1inch-swap.web.app",
    "walletconnect.com": """walletconnect.com.sync-node.net walletconnect-verify.netlify.app
        walletconnect.dapp-validate.org""",
    "dydx.exchange": "dydx.exchange.claim-rewards.net dydx-airdrop.vercel.app",
    "arbitrum.io": "arbitrum.io.bridge-claim.net arbitrum-claim.pages.dev",
    "polygon.technology": "polygon.technology.migrate-pol.net",
    "debank.com": "debank.com.rewards-claim.xyz",
    "magiceden.io": "magiceden.io.mint-drop.net magiceden-mint.vercel.app",
    "coingecko.com": "coingecko.com.listing-form.net",
    "bitflyer.com": "bitflyer.com.login-jp.net bitflyer-login.web.app",
    "coincheck.com": "coincheck.com.login-auth.net",
    "zaif.jp": "zaif.jp.login-auth.net",
    "upbit.com": "upbit.com.event-kr.net",
    "bithumb.com": "bithumb.com.event-claim.net",
    "kitsune-ex.co.jp": """kitsune-ex.co.jp.login-verify.com www.kitsune-ex.co.jp.secure-session.net
        kitsune-ex-co-jp.vercel.app meeting.kitsune-ex.co.jp.zoom-us.app|meeting lure
        kitsune-ex.co.jp.account.verify.session-id-4410.com""",
    "kitsune-ex.com": """kitsune-ex.com.investor-relations.net kitsune-ex-login.netlify.app
        kitsune-ex.pages.dev kitsune-ex-support.herokuapp.com
        ir.kitsune-ex.com.docsend-share.net|fake DocSend investor deck lure
        kitsune-ex-wallet.web.app""",
    "console.fireblocks.io": """console.fireblocks.io.sso-login.net
        console.fireblocks.io.auth-verify.com console-fireblocks.vercel.app
        fireblocks-console.pages.dev console.fireblocks.io-session.app""",
    "fireblocks.com": "fireblocks.com.careers-portal.net|recruitment lure",
    "chain.link": "chain.link.ccip-claim.net chainlink-staking.netlify.app",
    "pancakeswap.finance": "pancakeswap.finance.claim-cake.xyz pancakeswap-v4.vercel.app",
    "myetherwallet.com": "myetherwallet.com.access-wallet.net",
    "launchpad.ethereum.org": "launchpad.ethereum.org.deposit-verify.net launchpad-ethereum.pages.dev",
}

# --------------------------------------------------------------------------
# 6. TLD-SWAP  (same brand label under another public suffix, or the brand's
#    full domain with the dot turned into '-' / dropped under a new TLD)
# --------------------------------------------------------------------------
TLD_SWAPS = {
    "metamask.io": "metamask.top metamask.cx metamask-io.com metamaskio.app",
    "uniswap.org": "uniswap.top uniswap.vip uniswap-org.com",
    "opensea.io": "opensea.ws opensea.top opensea-io.com",
    "binance.com": "binance.top binance.cx",
    "coinbase.com": "coinbase.top coinbase.ws",
    "kraken.com": "kraken.top",
    "okx.com": "okx-com.net",
    "bybit.com": "bybit.top",
    "kucoin.com": "kucoin.top",
    "bitfinex.com": "bitfinex.top",
    "gemini.com": "gemini-com.net",
    "ledger.com": "ledger-com.app",
    "trezor.io": "trezor.top trezor-io.com",
    "phantom.app": "phantom-app.com phantom.top",
    "trustwallet.com": "trustwallet.top trustwallet.cc",
    "etherscan.io": "etherscan.top etherscan-io.com",
    "bscscan.com": "bscscan.top",
    "lido.fi": "lido-fi.com",
    "aave.com": "aave-com.app",
    "curve.fi": "curve-fi.com curvefi.xyz",
    "sushi.com": "sushi-com.app",
    "1inch.io": "1inch.top 1inch-io.com",
    "makerdao.com": "makerdao.top",
    "yearn.finance": "yearn-finance.com",
    "dydx.exchange": "dydx-exchange.com",
    "arbitrum.io": "arbitrum.top",
    "walletconnect.com": "walletconnect.top",
    "blur.io": "blur-io.com",
    "magiceden.io": "magiceden-io.com",
    "coingecko.com": "coingecko.top",
    "coinmarketcap.com": "coinmarketcap.top",
    "zaif.jp": "zaif-jp.com",
    "safe.global": "safe-global.net safeglobal.app",
    "app.safe.global": "app.safe-global.net app.safeglobal.xyz",
    "kitsune-ex.com": "kitsune-ex.net kitsune-ex.top kitsune-ex.org kitsune-ex.co",
    "kitsune-ex.co.jp": "kitsune-ex.jp kitsune-ex-co-jp.com kitsune-excojp.net",
    "console.fireblocks.io": "console.fireblocks.co console.fireblocks.cc",
    "fireblocks.com": "fireblocks.top",
    "chain.link": "chain-link.com chainlink.link",
    "pancakeswap.finance": "pancakeswap.cc pancakeswap-finance.com",
    "myetherwallet.com": "myetherwallet.cc",
    "launchpad.ethereum.org": "launchpad.ethereum.cc",
    "hederahashgraph.com": "hederahashgraph.top",
    "fulcrum.trade": "fulcrum-trade.com",
}

# --------------------------------------------------------------------------
# 7. HYPHENATION  (hyphen inserted/removed inside the brand, or a brand dot
#    turned into '-' / removed while staying under the brand's own TLD)
# --------------------------------------------------------------------------
HYPHENATION = {
    "metamask.io": "meta-mask.io",
    "uniswap.org": "uni-swap.org",
    "opensea.io": "open-sea.io",
    "pancakeswap.finance": "pancake-swap.finance",
    "console.fireblocks.io": "console-fireblocks.io consolefireblocks.io console.fire-blocks.io",
    "fireblocks.com": "fire-blocks.com",
    "coinbase.com": "coin-base.com",
    "trustwallet.com": "trust-wallet.com",
    "etherscan.io": "ether-scan.io",
    "bscscan.com": "bsc-scan.com",
    "myetherwallet.com": "my-ether-wallet.com myether-wallet.com",
    "magiceden.io": "magic-eden.io",
    "coingecko.com": "coin-gecko.com",
    "coinmarketcap.com": "coin-market-cap.com coinmarket-cap.com",
    "bitflyer.com": "bit-flyer.com",
    "coincheck.com": "coin-check.com",
    "bitfinex.com": "bit-finex.com",
    "kucoin.com": "ku-coin.com",
    "bybit.com": "by-bit.com",
    "debank.com": "de-bank.com",
    "upbit.com": "up-bit.com",
    "makerdao.com": "maker-dao.com",
    "1inch.io": "1-inch.io",
    "app.safe.global": "app-safe.global appsafe.global",
    "kitsune-ex.com": "kitsuneex.com kitsune-e-x.com",
    "kitsune-ex.co.jp": "kitsuneex.co.jp kitsune-ex-co.jp",
    "hederahashgraph.com": "hedera-hashgraph.com",
    "cryptokitties.co": "crypto-kitties.co",
    "localcryptos.com": "local-cryptos.com",
    "localethereum.com": "local-ethereum.com",
    "originprotocol.com": "origin-protocol.com",
    "makerfoundation.com": "maker-foundation.com",
    "maskmeta.org": "mask-meta.org",
    "launchpad.ethereum.org": "launchpad-ethereum.org",
}

# --------------------------------------------------------------------------
# 8. BITSQUATS: (brand, label to mutate, character position, XOR mask).
#    Hand-picked from the full list of valid one-bit flips (a flip must give
#    a hostname character [a-z0-9-] and must not be a mere case flip, since
#    DNS is case-insensitive).  The script verifies each choice.
# --------------------------------------------------------------------------
BITSQUAT_SPEC = [
    ("metamask.io", "metamask", 2, 0x01), ("metamask.io", "metamask", 5, 0x02),
    ("metamask.io", "metamask", 5, 0x04), ("metamask.io", "metamask", 2, 0x40),
    ("uniswap.org", "uniswap", 4, 0x01), ("uniswap.org", "uniswap", 4, 0x04),
    ("opensea.io", "opensea", 1, 0x02), ("opensea.io", "opensea", 1, 0x04),
    ("binance.com", "binance", 3, 0x04), ("binance.com", "binance", 3, 0x10),
    ("coinbase.com", "coinbase", 1, 0x01), ("coinbase.com", "coinbase", 6, 0x01),
    ("coinbase.com", "coinbase", 6, 0x10),
    ("kraken.com", "kraken", 2, 0x04), ("kraken.com", "kraken", 2, 0x08),
    ("kucoin.com", "kucoin", 4, 0x01), ("kucoin.com", "kucoin", 4, 0x08),
    ("etherscan.io", "etherscan", 6, 0x08), ("etherscan.io", "etherscan", 6, 0x01),
    ("trezor.io", "trezor", 3, 0x02),
    ("phantom.app", "phantom", 5, 0x01), ("phantom.app", "phantom", 5, 0x08),
    ("trustwallet.com", "trustwallet", 5, 0x01), ("trustwallet.com", "trustwallet", 5, 0x02),
    ("walletconnect.com", "walletconnect", 8, 0x01), ("walletconnect.com", "walletconnect", 8, 0x02),
    ("pancakeswap.finance", "pancakeswap", 9, 0x04), ("pancakeswap.finance", "pancakeswap", 9, 0x10),
    ("console.fireblocks.io", "fireblocks", 2, 0x01), ("console.fireblocks.io", "fireblocks", 2, 0x08),
    ("kitsune-ex.com", "kitsune-ex", 3, 0x01), ("kitsune-ex.com", "kitsune-ex", 3, 0x10),
    ("kitsune-ex.com", "kitsune-ex", 3, 0x40),
    ("kitsune-ex.co.jp", "kitsune-ex", 5, 0x01), ("kitsune-ex.co.jp", "kitsune-ex", 5, 0x02),
    ("app.safe.global", "safe", 2, 0x02), ("app.safe.global", "safe", 2, 0x10),
    ("myetherwallet.com", "myetherwallet", 4, 0x01), ("myetherwallet.com", "myetherwallet", 4, 0x04),
    ("ledger.com", "ledger", 3, 0x01),
    ("gemini.com", "gemini", 3, 0x01),
    ("blockchain.com", "blockchain", 2, 0x01),
]

# Uppercase / trailing-dot presentation variants: (host, brand, class, note)
PRESENTATION_VARIANTS = [
    ("MetaMask-Secure.com", "metamask.io", "combosquat", "mixed-case presentation"),
    ("UNISWAP-CLAIM.APP", "uniswap.org", "combosquat", "upper-case presentation"),
    ("Coinbase-Recovery-Center.com", "coinbase.com", "combosquat", "mixed-case presentation"),
    ("kitsune-ex.co.jp.login-verify.net.", "kitsune-ex.co.jp", "subdomain",
     "trailing dot (FQDN form)"),
    ("app.safe.global.sign-verify.com.", "app.safe.global", "subdomain",
     "trailing dot (FQDN form)"),
    ("opensea-claim.net.", "opensea.io", "combosquat", "trailing dot (FQDN form)"),
    ("Kraken.com.Signin-Verify.net", "kraken.com", "subdomain", "mixed-case presentation"),
    ("LEDGER-LIVE-SYNC.COM.", "ledger.com", "combosquat", "upper-case + trailing dot"),
    ("Console.Fireblocks.io.Okta-SSO.net", "console.fireblocks.io", "subdomain",
     "mixed-case; fake Okta SSO hop"),
]

# --------------------------------------------------------------------------
# BENIGN hard negatives: host|note.  Prefixes used in note:
#   official:      subdomain of a protected domain, or the brand's own
#                  GitHub Pages / sibling host
#   official-alt:  separate domain the brand (or its parent) operates
#   legit:         unrelated legitimate site sharing words/letters
#   saas:          popular SaaS / platform host (phishing lures imitate these,
#                  but they are legitimate in themselves)
# --------------------------------------------------------------------------
BENIGN = """
app.uniswap.org|official: subdomain of uniswap.org
docs.uniswap.org|official: subdomain of uniswap.org
support.uniswap.org|official: subdomain of uniswap.org
blog.uniswap.org|official: subdomain of uniswap.org
info.uniswap.org|official: subdomain of uniswap.org
gov.uniswap.org|official: subdomain of uniswap.org
wallet.uniswap.org|official: subdomain of uniswap.org
uniswapfoundation.org|official-alt: Uniswap Foundation
docs.metamask.io|official: subdomain of metamask.io
support.metamask.io|official: subdomain of metamask.io
portfolio.metamask.io|official: subdomain of metamask.io
community.metamask.io|official: subdomain of metamask.io
metamask.github.io|official: MetaMask GitHub Pages (github.com/MetaMask)
consensys.io|official-alt: Consensys, maker of MetaMask
consensys.github.io|official-alt: Consensys (maker of MetaMask) GitHub Pages
docs.opensea.io|official: subdomain of opensea.io
support.opensea.io|official: subdomain of opensea.io
pro.opensea.io|official: subdomain of opensea.io
testnets.opensea.io|official: subdomain of opensea.io
www.binance.com|official: subdomain of binance.com
accounts.binance.com|official: subdomain of binance.com
academy.binance.com|official: subdomain of binance.com
binance.us|official-alt: Binance.US
www.binance.us|official-alt: Binance.US
bnbchain.org|official-alt: BNB Chain (Binance ecosystem)
www.coinbase.com|official: subdomain of coinbase.com
help.coinbase.com|official: subdomain of coinbase.com
accounts.coinbase.com|official: subdomain of coinbase.com
login.coinbase.com|official: subdomain of coinbase.com
wallet.coinbase.com|official: subdomain of coinbase.com
docs.cdp.coinbase.com|official: subdomain of coinbase.com
base.org|official-alt: Base, Coinbase's L2
www.kraken.com|official: subdomain of kraken.com
support.kraken.com|official: subdomain of kraken.com
pro.kraken.com|official: subdomain of kraken.com
blog.kraken.com|official: subdomain of kraken.com
status.kraken.com|official: subdomain of kraken.com
www.okx.com|official: subdomain of okx.com
web3.okx.com|official: subdomain of okx.com
okex.com|official-alt: OKEx, former name of OKX
www.bybit.com|official: subdomain of bybit.com
www.kucoin.com|official: subdomain of kucoin.com
www.bitfinex.com|official: subdomain of bitfinex.com
trading.bitfinex.com|official: subdomain of bitfinex.com
support.bitfinex.com|official: subdomain of bitfinex.com
exchange.gemini.com|official: subdomain of gemini.com
support.gemini.com|official: subdomain of gemini.com
www.gemini.com|official: subdomain of gemini.com
www.ledger.com|official: subdomain of ledger.com
shop.ledger.com|official: subdomain of ledger.com
support.ledger.com|official: subdomain of ledger.com
developers.ledger.com|official: subdomain of ledger.com
ledgerwallet.com|official-alt: Ledger's former product domain
suite.trezor.io|official: subdomain of trezor.io
wiki.trezor.io|official: subdomain of trezor.io
satoshilabs.com|official-alt: SatoshiLabs, maker of Trezor
help.phantom.app|official: subdomain of phantom.app
docs.phantom.app|official: subdomain of phantom.app
phantom.com|official-alt: Phantom's current primary domain
help.phantom.com|official-alt: Phantom help centre on phantom.com
www.trustwallet.com|official: subdomain of trustwallet.com
community.trustwallet.com|official: subdomain of trustwallet.com
developer.trustwallet.com|official: subdomain of trustwallet.com
www.exodus.com|official: subdomain of exodus.com
support.exodus.com|official: subdomain of exodus.com
exodus.io|official-alt: Exodus' former primary domain
www.blockchain.com|official: subdomain of blockchain.com
login.blockchain.com|official: subdomain of blockchain.com
support.blockchain.com|official: subdomain of blockchain.com
blockchain.info|official-alt: Blockchain.com's former domain
sepolia.etherscan.io|official: subdomain of etherscan.io
holesky.etherscan.io|official: subdomain of etherscan.io
docs.etherscan.io|official: subdomain of etherscan.io
api.etherscan.io|official: subdomain of etherscan.io
optimistic.etherscan.io|official: subdomain of etherscan.io
testnet.bscscan.com|official: subdomain of bscscan.com
docs.bscscan.com|official: subdomain of bscscan.com
stake.lido.fi|official: subdomain of lido.fi
docs.lido.fi|official: subdomain of lido.fi
help.lido.fi|official: subdomain of lido.fi
blog.lido.fi|official: subdomain of lido.fi
research.lido.fi|official: subdomain of lido.fi
app.aave.com|official: subdomain of aave.com
docs.aave.com|official: subdomain of aave.com
governance.aave.com|official: subdomain of aave.com
docs.curve.fi|official: subdomain of curve.fi
resources.curve.fi|official: subdomain of curve.fi
gov.curve.fi|official: subdomain of curve.fi
curve.finance|official-alt: Curve's domain since the May 2025 curve.fi DNS hijack
www.curve.finance|official-alt: Curve's domain since May 2025
docs.sushi.com|official: subdomain of sushi.com
www.sushi.com|official: subdomain of sushi.com
forum.sushi.com|official: subdomain of sushi.com
app.1inch.io|official: subdomain of 1inch.io
help.1inch.io|official: subdomain of 1inch.io
blog.1inch.io|official: subdomain of 1inch.io
portal.1inch.dev|official-alt: 1inch developer portal
app.compound.finance|official: subdomain of compound.finance
docs.compound.finance|official: subdomain of compound.finance
forum.makerdao.com|official: subdomain of makerdao.com
vote.makerdao.com|official: subdomain of makerdao.com
docs.makerdao.com|official: subdomain of makerdao.com
sky.money|official-alt: Sky, the 2024 rebrand of MakerDAO
gov.yearn.finance|official: subdomain of yearn.finance
docs.yearn.finance|official: subdomain of yearn.finance
yearn.fi|official-alt: Yearn's current front-end domain
trade.dydx.exchange|official: subdomain of dydx.exchange
docs.dydx.exchange|official: subdomain of dydx.exchange
help.dydx.exchange|official: subdomain of dydx.exchange
dydx.trade|official-alt: dYdX Chain front-end
dydx.foundation|official-alt: dYdX Foundation
bridge.arbitrum.io|official: subdomain of arbitrum.io
docs.arbitrum.io|official: subdomain of arbitrum.io
portal.arbitrum.io|official: subdomain of arbitrum.io
arbitrum.foundation|official-alt: Arbitrum Foundation
forum.arbitrum.foundation|official-alt: Arbitrum Foundation forum
offchainlabs.com|official-alt: Offchain Labs, developer of Arbitrum
wallet.polygon.technology|official: subdomain of polygon.technology
docs.polygon.technology|official: subdomain of polygon.technology
forum.polygon.technology|official: subdomain of polygon.technology
docs.walletconnect.com|official: subdomain of walletconnect.com
cloud.walletconnect.com|official: subdomain of walletconnect.com
explorer.walletconnect.com|official: subdomain of walletconnect.com
walletconnect.network|official-alt: WalletConnect Network
reown.com|official-alt: Reown, WalletConnect's 2024 SDK rebrand
www.rabby.io|official: subdomain of rabby.io
app.zerion.io|official: subdomain of zerion.io
help.zerion.io|official: subdomain of zerion.io
api.debank.com|official: subdomain of debank.com
www.blur.io|official: subdomain of blur.io
help.magiceden.io|official: subdomain of magiceden.io
www.rarible.com|official: subdomain of rarible.com
www.coingecko.com|official: subdomain of coingecko.com
api.coingecko.com|official: subdomain of coingecko.com
geckoterminal.com|official-alt: GeckoTerminal, by CoinGecko
www.geckoterminal.com|official-alt: GeckoTerminal, by CoinGecko
pro.coinmarketcap.com|official: subdomain of coinmarketcap.com
www.coinmarketcap.com|official: subdomain of coinmarketcap.com
support.coinmarketcap.com|official: subdomain of coinmarketcap.com
lightning.bitflyer.com|official: subdomain of bitflyer.com
www.bitflyer.com|official: subdomain of bitflyer.com
bitflyer.jp|official-alt: bitFlyer's former Japanese domain
www.coincheck.com|official: subdomain of coincheck.com
www.upbit.com|official: subdomain of upbit.com
www.bithumb.com|official: subdomain of bithumb.com
docs.safe.global|official: subdomain of safe.global
help.safe.global|official: subdomain of safe.global
gnosis-safe.io|official-alt: Safe's former domain (Gnosis Safe)
developers.fireblocks.com|official: subdomain of fireblocks.com
www.fireblocks.com|official: subdomain of fireblocks.com
api.fireblocks.io|official: sibling of console.fireblocks.io (Fireblocks API)
sandbox-api.fireblocks.io|official: sibling of console.fireblocks.io (Fireblocks sandbox API)
docs.chain.link|official: subdomain of chain.link
faucets.chain.link|official: subdomain of chain.link
data.chain.link|official: subdomain of chain.link
chainlinklabs.com|official-alt: Chainlink Labs
www.kitsune-ex.co.jp|official: subdomain of kitsune-ex.co.jp (example profile)
support.kitsune-ex.com|official: subdomain of kitsune-ex.com (example profile)
www.kitsune-ex.com|official: subdomain of kitsune-ex.com (example profile)
ethereum.org|official: parent of launchpad.ethereum.org
www.ethereum.org|official: sibling of launchpad.ethereum.org
blog.ethereum.org|official: sibling of launchpad.ethereum.org
holesky.launchpad.ethereum.org|official: subdomain of launchpad.ethereum.org
ethereum.github.io|official: Ethereum GitHub Pages (yellowpaper etc.)
www.myetherwallet.com|official: subdomain of myetherwallet.com
help.myetherwallet.com|official: subdomain of myetherwallet.com
mewwallet.com|official-alt: MEW wallet app by MyEtherWallet
hedera.com|official-alt: Hedera's current domain (hederahashgraph.com is the old one)
docs.hedera.com|official-alt: Hedera docs
internetcomputer.org|official-alt: DFINITY's Internet Computer site
forum.dfinity.org|official: subdomain of dfinity.org
www.cryptokitties.co|official: subdomain of cryptokitties.co
dapperlabs.com|official-alt: Dapper Labs, maker of CryptoKitties
www.originprotocol.com|official: subdomain of originprotocol.com
docs.pancakeswap.finance|official: subdomain of pancakeswap.finance
blog.pancakeswap.finance|official: subdomain of pancakeswap.finance
Snaps.MetaMask.io|official: mixed-case presentation of snaps.metamask.io (subdomain of metamask.io)
vote.lido.fi.|official: trailing-dot FQDN form of vote.lido.fi (subdomain of lido.fi)
safeway.com|legit: US supermarket (shares 'safe')
www.safeway.com|legit: US supermarket (shares 'safe')
nam12.safelinks.protection.outlook.com|legit: Microsoft Defender Safe Links rewriter
eur02.safelinks.protection.outlook.com|legit: Microsoft Defender Safe Links rewriter
paysafecard.com|legit: prepaid payments (shares 'safe')
www.paysafecard.com|legit: prepaid payments (shares 'safe')
safebrowsing.googleapis.com|legit: Google Safe Browsing API
safe.com|legit: Safe Software (FME), unrelated to Safe{Wallet}
safepal.com|legit: SafePal hardware/software wallet (shares 'safe')
safeheron.com|legit: Safeheron MPC custody (shares 'safe')
safety.google|legit: Google safety centre
safelite.com|legit: US auto-glass company (shares 'safe')
global.toyota|legit: Toyota global site (shares 'global')
ledgerinsights.com|legit: enterprise-blockchain news site (shares 'ledger')
theledger.com|legit: The Ledger, Lakeland FL newspaper
ledger-enquirer.com|legit: Columbus GA newspaper (shares 'ledger-')
phantomjs.org|legit: PhantomJS headless browser
phantombuster.com|legit: PhantomBuster automation SaaS
gemini.google.com|legit: Google Gemini assistant
gemini.edu|legit: Gemini Observatory (same label, other TLD)
www.gemini.edu|legit: Gemini Observatory
geminiprotocol.net|legit: Gemini internet protocol project
ai.google.dev|legit: Google AI developer site (Gemini API)
curve.com|legit: Curve payment card (UK fintech), unrelated to Curve Finance
www.curve.com|legit: Curve payment card
convexfinance.com|legit: Convex Finance (Curve ecosystem, separate project)
blurb.com|legit: Blurb self-publishing (shares 'blur')
www.blurb.com|legit: Blurb self-publishing
akindo-sushiro.co.jp|legit: Sushiro conveyor-belt sushi chain
www.akindo-sushiro.co.jp|legit: Sushiro conveyor-belt sushi chain
sushisamba.com|legit: restaurant group (shares 'sushi')
www.kurasushi.co.jp|legit: Kura Sushi chain
okta.com|legit: Okta identity (shares 'ok')
login.okta.com|legit: Okta identity
ok.ru|legit: Odnoklassniki social network
oki.com|legit: OKI Electric
okcupid.com|legit: dating site (shares 'ok')
xbox.com|legit: Microsoft Xbox (shares 'x' ending)
lidl.de|legit: Lidl supermarkets (one letter from 'lido')
lidl.com|legit: Lidl supermarkets
lidl.co.uk|legit: Lidl supermarkets
aa.com|legit: American Airlines (short 'aa')
aavegotchi.com|legit: Aavegotchi NFT game (starts with 'aave')
aarp.org|legit: AARP (shares 'aa')
kraken.io|legit: Kraken.io image optimisation API, unrelated to the exchange
krakend.io|legit: KrakenD API gateway
krakenrum.com|legit: The Kraken rum brand
polygon.com|legit: Polygon video-game news site
polygon.io|legit: Polygon.io market-data API, unrelated to Polygon PoS
opensearch.org|legit: OpenSearch project (shares 'opense')
docs.opensearch.org|legit: OpenSearch docs
openseadragon.github.io|legit: OpenSeadragon image viewer
opensecrets.org|legit: OpenSecrets (shares 'opense')
openssl.org|legit: OpenSSL
opensuse.org|legit: openSUSE
openzeppelin.com|legit: OpenZeppelin (crypto security)
docs.openzeppelin.com|legit: OpenZeppelin docs
openai.com|legit: OpenAI
unisys.com|legit: Unisys (shares 'unis')
unicef.org|legit: UNICEF (shares 'uni')
swap.cow.fi|legit: CoW Swap DEX (shares 'swap')
app.balancer.fi|legit: Balancer DEX
paraswap.io|legit: ParaSwap aggregator (shares 'swap')
kyberswap.com|legit: KyberSwap DEX (shares 'swap')
jup.ag|legit: Jupiter aggregator
raydium.io|legit: Raydium DEX
orca.so|legit: Orca DEX
matcha.xyz|legit: Matcha DEX aggregator
mask.io|legit: Mask Network (shares 'mask')
metaplex.com|legit: Metaplex (shares 'meta')
meta.com|legit: Meta Platforms (shares 'meta')
www.meta.com|legit: Meta Platforms
metacritic.com|legit: Metacritic (shares 'meta')
finance.yahoo.com|legit: Yahoo Finance (shares 'finance')
bing.com|legit: Bing (shares 'bin')
bitpanda.com|legit: Bitpanda exchange (other brand)
bitstamp.net|legit: Bitstamp exchange (other brand)
coindesk.com|legit: CoinDesk news (shares 'coin')
cointelegraph.com|legit: Cointelegraph news (shares 'coin')
coinlist.co|legit: CoinList token sales (shares 'coin')
coinone.co.kr|legit: Coinone Korean exchange (shares 'coin')
coinjar.com|legit: CoinJar exchange (shares 'coin')
coinpaprika.com|legit: CoinPaprika data (shares 'coin')
coinstats.app|legit: CoinStats portfolio (shares 'coin')
coinmetrics.io|legit: Coin Metrics data (shares 'coin')
basescan.org|legit: Etherscan-run explorer for Base (shares 'scan')
arbiscan.io|legit: Etherscan-run explorer for Arbitrum
polygonscan.com|legit: Etherscan-run explorer for Polygon (shares 'polygon')
snowtrace.io|legit: Avalanche explorer
solscan.io|legit: Solana explorer (shares 'scan')
tronscan.org|legit: TRON explorer (shares 'scan')
blockscout.com|legit: Blockscout explorer
beaconcha.in|legit: Ethereum beacon-chain explorer
bitbucket.org|legit: Atlassian Bitbucket (shares 'bit')
bit.ly|legit: Bitly link shortener
bitly.com|legit: Bitly
bitwarden.com|legit: Bitwarden password manager (shares 'bit')
finextra.com|legit: fintech news (shares 'finex')
bitfury.com|legit: Bitfury (shares 'bitf')
tresorit.com|legit: Tresorit encrypted storage (sounds like 'trezor')
home.treasury.gov|legit: US Treasury
trustpilot.com|legit: Trustpilot reviews (shares 'trust')
truist.com|legit: Truist bank
trustarc.com|legit: TrustArc privacy SaaS
exodusintel.com|legit: Exodus Intelligence (shares 'exodus')
blockchair.com|legit: Blockchair explorer (shares 'blockch')
blockstream.com|legit: Blockstream (shares 'block')
blockstream.info|legit: Blockstream explorer
blockworks.co|legit: Blockworks news
ethers.org|legit: ethers.js (shares 'ether')
docs.ethers.org|legit: ethers.js docs
ether.fi|legit: ether.fi restaking (shares 'ether')
1password.com|legit: 1Password (shares '1')
my.1password.com|legit: 1Password web vault
makerbot.com|legit: MakerBot 3D printers (shares 'maker')
maker.io|legit: DigiKey maker.io (shares 'maker')
makezine.com|legit: Make: magazine
learn.microsoft.com|legit: Microsoft Learn ('learn' vs 'yearn')
rainbow.me|legit: Rainbow wallet
argent.xyz|legit: Argent wallet
zengo.com|legit: ZenGo wallet
rabbitmq.com|legit: RabbitMQ (shares 'rabb')
www.rabbitmq.com|legit: RabbitMQ
rabbit.tech|legit: Rabbit r1 device
zerotier.com|legit: ZeroTier (shares 'zer')
debian.org|legit: Debian (one edit-ish from 'debank' prefix)
www.debian.org|legit: Debian
magic.link|legit: Magic wallet SDK (shares 'magic')
magicleap.com|legit: Magic Leap (shares 'magic')
edenred.com|legit: Edenred (shares 'eden')
geckoboard.com|legit: Geckoboard dashboards (shares 'gecko')
companiesmarketcap.com|legit: market-cap rankings (shares 'marketcap')
marketwatch.com|legit: MarketWatch
bitbank.cc|legit: bitbank Japanese exchange (shares 'bit')
coin.z.com|legit: GMO Coin (Japanese exchange)
sbivc.co.jp|legit: SBI VC Trade (Japanese exchange)
rakuten-wallet.co.jp|legit: Rakuten Wallet (Japanese exchange)
bitcoin.dmm.com|legit: DMM Bitcoin (Japanese exchange)
jpx.co.jp|legit: Japan Exchange Group ('ex' + .co.jp)
www.jpx.co.jp|legit: Japan Exchange Group
www.fsa.go.jp|legit: Japan Financial Services Agency
jvcea.or.jp|legit: Japan Virtual and Crypto assets Exchange Association
checkout.com|legit: Checkout.com payments (shares 'check')
zaim.net|legit: Zaim household-finance app (one letter from 'zaif')
upwork.com|legit: Upwork (shares 'up')
github.com|legit: GitHub ('bithumb' vs 'github' share 'thub')
thumbtack.com|legit: Thumbtack (shares 'thumb')
firebase.google.com|legit: Google Firebase (shares 'fire')
console.firebase.google.com|legit: Firebase console (shares 'console' + 'fire')
console.cloud.google.com|legit: Google Cloud console
console.aws.amazon.com|legit: AWS console
firefox.com|legit: Mozilla Firefox (shares 'fire')
www.mozilla.org|legit: Mozilla
chainalysis.com|legit: Chainalysis (shares 'chain')
chainstack.com|legit: Chainstack (shares 'chain')
linktr.ee|legit: Linktree
maisonkitsune.com|legit: Maison Kitsune fashion brand (shares 'kitsune')
inari.jp|legit: Fushimi Inari Taisha (fox/kitsune shrine)
osakaudon.net|legit: Osaka udon guide incl. kitsune udon
kitsu.app|legit: Kitsu anime tracker (shares 'kitsu')
kitsu.io|legit: Kitsu anime tracker
kit.edu|legit: Karlsruhe Institute of Technology (shares 'kit')
launchpad.net|legit: Canonical Launchpad (shares 'launchpad')
bugs.launchpad.net|legit: Canonical Launchpad bug tracker
answers.launchpad.net|legit: Canonical Launchpad answers
auction.com|legit: real-estate auctions (shares 'auct')
originlab.com|legit: OriginLab (shares 'origin')
origin.com|legit: EA Origin (shares 'origin')
hashpack.app|legit: HashPack Hedera wallet (shares 'hash')
cryptopunks.app|legit: CryptoPunks (shares 'crypto')
localbitcoins.com|legit: LocalBitcoins (defunct 2023, shares 'local')
zoom.us|saas: Zoom (BlueNoroff fakes Zoom hosts)
us02web.zoom.us|saas: Zoom web client
us05web.zoom.us|saas: Zoom web client
app.zoom.us|saas: Zoom web app
teams.microsoft.com|saas: Microsoft Teams
teams.live.com|saas: Microsoft Teams (consumer)
login.microsoftonline.com|saas: Microsoft Entra sign-in
outlook.office.com|saas: Outlook on the web
login.live.com|saas: Microsoft account sign-in
onedrive.live.com|saas: OneDrive
accounts.google.com|saas: Google sign-in
docs.google.com|saas: Google Docs
drive.google.com|saas: Google Drive
meet.google.com|saas: Google Meet
calendar.google.com|saas: Google Calendar
support.google.com|saas: Google support
calendly.com|saas: Calendly (meeting-invite lures imitate it)
docsend.com|saas: DocSend (investor-deck lures imitate it)
www.docsend.com|saas: DocSend
app.slack.com|saas: Slack
slack.com|saas: Slack
discord.com|saas: Discord
discord.gg|saas: Discord invites
t.me|saas: Telegram links
web.telegram.org|saas: Telegram web
telegram.org|saas: Telegram
x.com|saas: X / Twitter
twitter.com|saas: Twitter
gist.github.com|saas: GitHub Gist
gitlab.com|saas: GitLab
vercel.com|saas: Vercel
netlify.com|saas: Netlify
app.netlify.com|saas: Netlify dashboard
dash.cloudflare.com|saas: Cloudflare dashboard
developers.cloudflare.com|saas: Cloudflare docs
pages.github.com|saas: GitHub Pages docs
heroku.com|saas: Heroku
dashboard.heroku.com|saas: Heroku dashboard
notion.so|saas: Notion
www.notion.so|saas: Notion
linear.app|saas: Linear
figma.com|saas: Figma
www.figma.com|saas: Figma
medium.com|saas: Medium
mirror.xyz|saas: Mirror (web3 blogging)
substack.com|saas: Substack
www.linkedin.com|saas: LinkedIn (recruitment lures imitate it)
dropbox.com|saas: Dropbox
app.box.com|saas: Box
dashboard.stripe.com|saas: Stripe dashboard
connect.stripe.com|saas: Stripe Connect (shares 'connect')
appleid.apple.com|saas: Apple ID
support.apple.com|saas: Apple support
jobs.lever.co|saas: Lever job boards (recruitment lures)
boards.greenhouse.io|saas: Greenhouse job boards
wellfound.com|saas: Wellfound (AngelList Talent)
meet.jit.si|saas: Jitsi Meet
whereby.com|saas: Whereby video meetings
webex.com|saas: Cisco Webex
app.hubspot.com|saas: HubSpot
ens.domains|legit: Ethereum Name Service
app.ens.domains|legit: ENS manager app
zora.co|legit: Zora NFT platform
foundation.app|legit: Foundation NFT marketplace
superrare.com|legit: SuperRare NFT marketplace
looksrare.org|legit: LooksRare NFT marketplace (shares 'rare')
tensor.trade|legit: Tensor NFT marketplace (.trade like fulcrum.trade)
farcaster.xyz|legit: Farcaster
warpcast.com|legit: Warpcast
gnosis.io|legit: Gnosis (Safe's former parent; separate org now)
stargate.finance|legit: Stargate bridge (.finance TLD)
velodrome.finance|legit: Velodrome DEX (.finance TLD)
aerodrome.finance|legit: Aerodrome DEX (.finance TLD)
across.to|legit: Across bridge
hop.exchange|legit: Hop bridge (.exchange TLD like dydx.exchange)
synapseprotocol.com|legit: Synapse bridge (shares 'protocol')
app.gmx.io|legit: GMX perpetuals
traderjoexyz.com|legit: Trader Joe DEX
element.market|legit: Element NFT marketplace
niftygateway.com|legit: Nifty Gateway NFT marketplace
rarity.tools|legit: NFT rarity rankings (shares 'rari')
"""


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
QWERTY = ["1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
_POS = {c: (r, i) for r, row in enumerate(QWERTY) for i, c in enumerate(row)}


def adjacent(a: str, b: str) -> bool:
    if a not in _POS or b not in _POS:
        return False
    (r1, c1), (r2, c2) = _POS[a], _POS[b]
    # rows are staggered by ~half a key; treat same-row +-1 and
    # neighbouring-row offsets {0,+1} / {-1,0} as adjacent
    if r1 == r2:
        return abs(c1 - c2) == 1
    if abs(r1 - r2) != 1:
        return False
    upper, lower = ((r1, c1), (r2, c2)) if r1 < r2 else ((r2, c2), (r1, c1))
    return lower[1] - upper[1] in (-1, 0)


def describe_edit(brand: str, host: str) -> str | None:
    """Return a one-edit description, or None if not exactly one edit."""
    if host == brand:
        return None
    lb, lh = len(brand), len(host)
    if lh == lb:
        diff = [i for i in range(lb) if brand[i] != host[i]]
        if len(diff) == 1:
            i = diff[0]
            kind = "adjacent-key substitution" if adjacent(brand[i], host[i]) else "substitution"
            return f"{kind} '{brand[i]}'->'{host[i]}' at {i}"
        if len(diff) == 2 and diff[1] == diff[0] + 1 and brand[diff[0]] == host[diff[1]] \
                and brand[diff[1]] == host[diff[0]]:
            return f"transposition '{brand[diff[0]]}{brand[diff[1]]}' at {diff[0]}"
        return None
    if lh == lb - 1:
        for i in range(lb):
            if brand[:i] + brand[i + 1:] == host:
                return f"omission of '{brand[i]}' at {i}"
        return None
    if lh == lb + 1:
        for i in range(lh):
            if host[:i] + host[i + 1:] == brand:
                c = host[i]
                if (i > 0 and host[i - 1] == c) or (i + 1 < lh and host[i + 1] == c):
                    return f"duplication of '{c}' at {i}"
                neigh = [host[j] for j in (i - 1, i + 1) if 0 <= j < lh]
                if any(adjacent(c, n) for n in neigh):
                    return f"adjacent-key insertion '{c}' at {i}"
                return f"insertion '{c}' at {i}"
    return None


def bitflips(ch: str) -> list[str]:
    out = []
    for bit in range(8):
        f = chr(ord(ch) ^ (1 << bit))
        if f.lower() == ch.lower():
            continue                      # case flip: same host in DNS
        if re.fullmatch(r"[a-z0-9-]", f):
            out.append(f)
    return out


LABEL_RE = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def host_problems(host: str) -> list[str]:
    h = norm(host)
    errs = []
    if not h or len(h) > 253:
        errs.append("total length")
    labels = h.split(".")
    for lab in labels:
        if not LABEL_RE.match(lab):
            errs.append(f"bad label {lab!r}")
            continue
        if len(lab) >= 4 and lab[2:4] == "--":
            if not lab.startswith("xn--"):
                errs.append(f"reserved '--' at 3-4 in {lab!r}")
            else:
                try:
                    lab.encode("ascii").decode("idna")
                except Exception as e:      # noqa: BLE001
                    errs.append(f"undecodable A-label {lab!r}: {e}")
    tld = labels[-1]
    if not (re.fullmatch(r"[a-z]{2,63}", tld) or tld.startswith("xn--")):
        errs.append(f"bad TLD {tld!r}")
    if len(labels) < 2:
        errs.append("single label")
    return errs


def idn_note(u: str) -> str:
    parts = []
    for ch in u:
        if ord(ch) > 127:
            parts.append(f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}")
    return f"unicode: {u} ({'; '.join(parts)})"


def split_note(item: str) -> tuple[str, str]:
    if "|" in item:
        h, n = item.split("|", 1)
        return h.strip(), n.strip()
    return item.strip(), ""


def parse_block(block: str) -> list[tuple[str, str]]:
    """Whitespace-separated entries 'host' or 'host|note words ...'.  Hosts
    always contain a dot and note words never do, so a token with a dot
    (or a 'host|...' token) starts a new entry."""
    out: list[tuple[str, list[str]]] = []
    for t in block.split():
        head = t.split("|", 1)[0]
        if "." in head:
            if "|" in t:
                h, n = t.split("|", 1)
                out.append((h, [n] if n else []))
            else:
                out.append((t, []))
        else:
            out[-1][1].append(t)
    return [(h, " ".join(n)) for h, n in out]


def hyphen_note(brand: str, host: str) -> str:
    if host.replace("-", "") == brand.replace("-", ""):
        return "hyphen inserted" if host.count("-") > brand.count("-") else "hyphen removed"
    for i, c in enumerate(brand):
        if c == ".":
            if brand[:i] + "-" + brand[i + 1:] == host:
                return "dot replaced by hyphen"
            if brand[:i] + brand[i + 1:] == host:
                return "dot removed"
    if brand.replace(".", "-").replace("-", "") == host.replace(".", "").replace("-", ""):
        return "hyphen/dot rearranged"
    return "?"


BRAND_TOKENS = {
    "app.safe.global": ["app-safe-global", "appsafeglobal", "safe-global", "safeglobal", "safe"],
    "safe.global": ["safe-global", "safeglobal", "safe"],
    "console.fireblocks.io": ["fireblocks"],
    "kitsune-ex.co.jp": ["kitsune-ex", "kitsuneex", "kitsune"],
    "kitsune-ex.com": ["kitsune-ex", "kitsuneex", "kitsune"],
    "launchpad.ethereum.org": ["ethereum"],
    "chain.link": ["chainlink"],
    "sushi.com": ["sushiswap", "sushi"],
    "curve.fi": ["curvefinance", "curve-fi", "curve"],
    "lido.fi": ["lido-fi", "lidostake", "lido"],
}


def combo_note(host: str, brand: str) -> str:
    reg = registrable(host)
    label = reg.split(".")[0]
    toks = BRAND_TOKENS.get(brand, [brand.split(".")[0]])
    rest = label
    for t in toks:
        if t in rest:
            rest = rest.replace(t, " ", 1)
    kw = [w for w in re.split(r"[-\s]+", rest) if w]
    return "brand + " + ("/".join(kw) if kw else "?") + f" under .{reg.split('.', 1)[1]}"


def sub_note(host: str) -> str:
    h = norm(host)
    for fh in FREE_HOSTING:
        if h.endswith("." + fh):
            return f"free hosting ({fh})"
    labels = h.split(".")
    reg = registrable(h)
    if len(labels) >= 6:
        return f"deep URL-like host; brand in subdomain of foreign {reg}"
    return f"brand in subdomain of foreign {reg}"


# --------------------------------------------------------------------------
def build() -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str]], list[str]]:
    protected = load_protected()
    pset = set(protected)
    rows: list[tuple[str, str, str, str]] = []
    problems: list[str] = []

    def add(host, brand, cls, note):
        rows.append((host, brand, cls, note))

    for brand, block in TYPOS.items():
        for h in block.split():
            d = describe_edit(brand, h)
            if d is None:
                problems.append(f"typo not one edit from brand: {h} ({brand})")
                d = "?"
            add(h, brand, "typo", d)

    for brand, m in HOMOGLYPH_ASCII.items():
        for h, n in m.items():
            add(h, brand, "homoglyph-ascii", n)

    try:
        import idna as _idna  # optional cross-check only
    except Exception:          # noqa: BLE001
        _idna = None
    for brand, lst in HOMOGLYPH_IDN.items():
        for u in lst:
            a = u.encode("idna").decode("ascii")
            back = a.encode("ascii").decode("idna")
            if back != u:
                problems.append(f"IDN round-trip failed: {u!r} -> {a} -> {back!r}")
            if _idna is not None:
                try:
                    a2 = _idna.encode(u).decode("ascii")
                    if a2 != a or _idna.decode(a2) != u:
                        problems.append(f"idna pkg disagrees on {u!r}: {a2}")
                except Exception as e:  # noqa: BLE001
                    problems.append(f"idna pkg rejects {u!r}: {e}")
            if "xn--" not in a:
                problems.append(f"IDN entry is pure ASCII: {u!r}")
            note = idn_note(u)
            if registrable(a) != registrable(brand) and registrable(a).split(".")[0] \
                    .startswith("xn--") is False:
                note += "; IDN label inside a foreign domain's subdomain (not registry-policed)"
            add(a, brand, "homoglyph-idn", note)

    for brand, block in COMBOSQUATS.items():
        for h, n in parse_block(block):
            add(h, brand, "combosquat", (n + "; " if n else "") + combo_note(h, brand))

    for brand, block in SUBDOMAINS.items():
        for h, n in parse_block(block):
            add(h, brand, "subdomain", (n + "; " if n else "") + sub_note(h))

    for brand, block in TLD_SWAPS.items():
        for h in block.split():
            reg = registrable(h)
            lab, suf = reg.split(".", 1)
            if lab == registrable(brand).split(".")[0]:
                note = f"same label, other TLD (.{suf})"
            else:
                note = f"brand domain flattened into label '{lab}' (.{suf})"
            add(h, brand, "tld-swap", note)

    for brand, block in HYPHENATION.items():
        for h in block.split():
            n = hyphen_note(brand, h)
            if n == "?":
                problems.append(f"hyphenation row is not a pure hyphen/dot edit: {h}")
            add(h, brand, "hyphenation", n)

    present = {norm(r[0]) for r in rows}
    for brand, label, pos, mask in BITSQUAT_SPEC:
        ch = label[pos]
        f = chr(ord(ch) ^ mask)
        if bin(mask).count("1") != 1 or f not in bitflips(ch):
            problems.append(f"bitsquat spec invalid: {brand} {label}[{pos}] ^ {mask:#x}")
            continue
        new = label[:pos] + f + label[pos + 1:]
        host = brand.replace(label, new, 1)
        if norm(host) in present:
            problems.append(f"bitsquat duplicates an existing row: {host}")
            continue
        present.add(norm(host))
        add(host, brand, "bitsquat",
            f"bit flip '{ch}'(0x{ord(ch):02x})->'{f}'(0x{ord(f):02x}) mask 0x{mask:02x} at {pos}")

    for h, b, c, n in PRESENTATION_VARIANTS:
        if c == "subdomain":
            n = n + "; " + sub_note(h)
        add(h, b, c, n)

    # ---------------- validation ----------------
    seen: dict[str, tuple] = {}
    for r in rows:
        host, brand, cls, note = r
        for e in host_problems(host):
            problems.append(f"{host}: {e}")
        if brand not in pset:
            problems.append(f"{host}: brand {brand} not in eval_protected.txt")
        if cls not in CLASSES:
            problems.append(f"{host}: bad class {cls}")
        n = norm(host)
        if n in seen:
            problems.append(f"duplicate host {host} (also {seen[n]})")
        seen[n] = r
        for p in protected:
            reg = registrable(p)
            if n == p or n == reg or n.endswith("." + reg):
                problems.append(f"{host}: lies under protected registrable domain {reg}")

    benign = []
    bseen = set()
    for line in BENIGN.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        h, note = split_note(line)
        benign.append((h, note))
        for e in host_problems(h):
            problems.append(f"benign {h}: {e}")
        nh = norm(h)
        if nh in bseen:
            problems.append(f"benign duplicate {h}")
        bseen.add(nh)
        if nh in seen:
            problems.append(f"benign host also labelled lookalike: {h}")
        if nh in pset:
            problems.append(f"benign host is itself a protected entry: {h}")
        if not re.match(r"^(official|official-alt|legit|saas):", note):
            problems.append(f"benign {h}: note prefix")
        if note.startswith("official:"):
            if not any(nh.endswith("." + registrable(p)) or nh == registrable(p)
                       for p in protected) and not nh.endswith(".github.io"):
                problems.append(f"benign {h}: 'official:' but not under a protected registrable")

    brands_used = {r[1] for r in rows}
    required = ["kitsune-ex.co.jp", "kitsune-ex.com", "app.safe.global",
                "console.fireblocks.io", "okx.com", "lido.fi", "safe.global", "aave.com",
                "curve.fi", "sushi.com", "blur.io", "gemini.com", "ledger.com", "phantom.app"]
    for b in required:
        if b not in brands_used:
            problems.append(f"required brand missing: {b}")
    if len(brands_used) < 40:
        problems.append(f"only {len(brands_used)} brands")
    cc = Counter(r[2] for r in rows)
    for c in CLASSES:
        need = 25 if c in ("bitsquat", "hyphenation") else 40
        if cc[c] < need:
            problems.append(f"class {c}: {cc[c]} < {need}")
    if len(rows) < 600:
        problems.append(f"only {len(rows)} lookalike rows")
    if len(benign) < 300:
        problems.append(f"only {len(benign)} benign rows")
    return rows, benign, problems


def main() -> int:
    rows, benign, problems = build()
    check_only = "--check" in sys.argv
    if not check_only:
        with open(os.path.join(HERE, "lookalikes.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["host", "brand", "class", "note"])
            w.writerows(rows)
        with open(os.path.join(HERE, "benign_lookalike.csv"), "w", newline="",
                  encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["host", "note"])
            w.writerows(benign)
    cc = Counter(r[2] for r in rows)
    print(f"lookalikes: {len(rows)} rows, {len({r[1] for r in rows})} brands")
    for c in CLASSES:
        print(f"  {c:16s} {cc[c]}")
    bc = Counter(n.split(":", 1)[0] for _, n in benign)
    print(f"benign: {len(benign)} rows  " + ", ".join(f"{k}={v}" for k, v in sorted(bc.items())))
    if problems:
        print(f"VALIDATION FAILED ({len(problems)} problems):")
        for p in problems:
            print("  " + p)
        return 1
    print("validation: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
