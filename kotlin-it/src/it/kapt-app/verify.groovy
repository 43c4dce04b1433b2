// The policy holds the Kotlin and the Java cookie, with the site from the Kotlin object.
def json = new File(basedir, 'target/classes/META-INF/cookies/cookies.json').getText('UTF-8')
def policy = new groovy.json.JsonSlurper().parseText(json)
assert policy.site == 'https://shop.example.org'
assert policy.registry == 'org.example.shop.ShopCookies'
assert policy.cookies*.name == ['cart_id', 'shop_lang']
assert policy.cookies.find { it.name == 'cart_id' }.declaredBy == ['org.example.shop.Cart#cartHeader(java.lang.String)']
assert new File(basedir, 'target/classes/META-INF/cookies/cookie-policy.md').isFile()
assert new File(basedir, 'target/classes/org/example/shop/ShopCookies.class').isFile()
// The skipped scan is said, not silent; scanUnavailable=note keeps it a note.
def log = new File(basedir, 'build.log').getText('UTF-8')
def skipped = log.readLines().find { it.contains('[cookie-scan]') && it.contains('does not run') }
assert skipped != null && skipped.contains('kapt')
assert !log.contains('[cookie-internal]')
return true
