// Two runs of cookieledger in one build: the message names the real cause (kapt already
// generated the registry) and the fix, not "a previous build" and "build clean".
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[cookie-output]')
assert log.contains('runs twice')
assert log.contains('<proc>none</proc>')
assert !log.contains('compiled by a previous build')
return true
