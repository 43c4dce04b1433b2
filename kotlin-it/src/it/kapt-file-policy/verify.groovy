// A Kotlin file holding only @file:CookiePolicy compiles to no class: kapt shows the processor
// no policy. The build says so and how to fix it instead of writing "site": null in silence.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[cookie-policy]')
assert log.contains('@file:CookiePolicy')
def policy = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/classes/META-INF/cookies/cookies.json'), 'UTF-8')
assert policy.site == null
return true
