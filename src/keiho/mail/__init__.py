"""Mail and chat: impersonation, lures, attachments and links in email and chat exports.

Every input (an .eml file, an mbox, Maildir, an IMAP folder, a Slack / Telegram / LinkedIn
export) becomes the same `Message`; the analysers read only that, so one set of rules scores
email and chat alike.
"""
