/**
 * Checks of how cookieledger is wired into the build rather than of what is declared: kapt, where
 * javac stops after annotation processing; a mixed Kotlin and Java module whose Kotlin
 * declarations javac never sees; the processor run twice. Each turns a silent loss into a
 * message that says what to change in the build.
 */
package io.github.cookieledger.processor.setup;
