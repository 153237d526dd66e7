#!/usr/bin/env node
// Peer harness: MetaMask eth-phishing-detect 1.2.0 (see package.json pin).
//
// Usage: node epd_check.js CONFIG.json [--mode results|speed] [--repeat N] < hosts.txt
//   results: one JSON line per host: {"host", "result", "type"} (+ "match" for fuzzy hits)
//   speed:   one JSON object {"hosts", "seconds", "hosts_per_second", "flagged"}
//
// API notes (read from node_modules/eth-phishing-detect/src/detector.js):
// - check(domain) expects a bare hostname. It does NO URL parsing, lowercasing or
//   punycode handling: it strips one trailing "." and splits on ".". So callers must
//   pass lowercase hostnames (a scheme/port/path would simply become part of labels).
// - A plain-object config (the {version: 2, tolerance, fuzzylist, whitelist, blacklist}
//   shape of the shipped config.json) takes the "legacy" path, whose type values are
//   "whitelist" | "blacklist" | "fuzzy" | "all" (all = nothing matched). An array of
//   {name, version, allowlist, blocklist, ...} configs would give "allowlist"/"blocklist".
// - A missing tolerance defaults to 3, not 2.
'use strict'

const fs = require('fs')
const PhishingDetector = require('eth-phishing-detect/src/detector')

function parseArgs (argv) {
  const args = { config: null, mode: 'results', repeat: 1 }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--mode') args.mode = argv[++i]
    else if (a === '--repeat') args.repeat = Number(argv[++i])
    else if (args.config === null) args.config = a
    else throw new Error(`unexpected argument: ${a}`)
  }
  if (args.config === null) throw new Error('usage: node epd_check.js CONFIG.json [--mode results|speed] [--repeat N] < hosts')
  if (!['results', 'speed'].includes(args.mode)) throw new Error(`bad --mode: ${args.mode}`)
  if (!Number.isInteger(args.repeat) || args.repeat < 1) throw new Error('--repeat must be a positive integer')
  return args
}

function main () {
  const args = parseArgs(process.argv.slice(2))
  const config = JSON.parse(fs.readFileSync(args.config, 'utf8'))
  // Reading stdin whole keeps the caller simple (no pipe interleaving) and is fine at 100k+ hosts.
  const hosts = fs.readFileSync(0, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '')
  // Built outside any timing: list preprocessing is a one-off cost, not per-host.
  const detector = new PhishingDetector(config)

  if (args.mode === 'results') {
    const out = hosts.map((host) => {
      const r = detector.check(host)
      const row = { host, result: r.result, type: r.type }
      if (r.match !== undefined) row.match = r.match
      return JSON.stringify(row)
    })
    process.stdout.write(out.length ? out.join('\n') + '\n' : '')
    return
  }

  let flagged = 0 // consumed below so the loop cannot be optimised away
  const t0 = process.hrtime.bigint()
  for (let k = 0; k < args.repeat; k++) {
    for (let i = 0; i < hosts.length; i++) {
      if (detector.check(hosts[i]).result) flagged++
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  const n = hosts.length * args.repeat
  process.stdout.write(JSON.stringify({
    hosts: n,
    seconds,
    hosts_per_second: seconds > 0 ? n / seconds : null,
    flagged
  }) + '\n')
}

main()
