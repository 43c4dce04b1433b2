// -Acookieledger.undeclared=error is a gate: under kapt the scan cannot run, so the build fails
// and says how to accept that, instead of letting two trackers pass without a word.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('kapt')
assert log.contains('cookieledger.scanUnavailable=note')
assert !log.contains('[cookie-internal]')
return true
