// With mapDiagnosticLocations, the rule error points at the Kotlin declaration (file and line),
// not at kapt's generated Java stub.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[cookie-name]')
def line = log.readLines().find { it.contains('[cookie-name]') }
assert line.contains('Cart.kt')
return true
