package io.github.cookieledger.processor.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of a class once per compiler, javac and ECJ (MapStruct's {@code @ProcessorTest}
 * is the model). The class takes the compiler in a field {@code @Parameter TestCompiler compiler}
 * and compiles through it; a difference between the compilers is a finding, written down where
 * the test expects it (see {@link TestCompiler#ECJ}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
public @interface ProcessorTest {}
