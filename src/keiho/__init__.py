"""keiho (警報): alarms for crypto-asset businesses against Lazarus-style intrusion and theft."""

from keiho.findings import Finding, Severity, SubjectResult, Verdict

__version__ = "0.1.0"
__all__ = ["Finding", "Severity", "SubjectResult", "Verdict", "__version__"]
