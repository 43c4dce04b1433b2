// javac sees only the Java sources: the Kotlin cookie is missing, and the build warns about the
// Kotlin sources that use cookieledger, naming one, and points at the kapt set-up.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Cart.kt')
assert log.contains('kapt')
def policy = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/classes/META-INF/cookies/cookies.json'), 'UTF-8')
assert policy.cookies*.name == ['shop_lang']
return true
