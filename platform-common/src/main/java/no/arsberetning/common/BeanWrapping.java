package no.arsberetning.common;

import java.util.function.Function;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Replaces every bean of a type with what a function makes of it (usually a wrapper around it), for beans
 * that an auto-configuration creates unconditionally and that therefore cannot simply be overridden.
 */
public final class BeanWrapping {

    private BeanWrapping() {
    }

    /**
     * A post-processor giving {@code replace(bean)} instead of every bean of {@code type} that is not already
     * a {@code replacement} (so a bean is replaced once, however often it is post-processed). Declare it from a
     * {@code static} {@code @Bean} method.
     */
    public static <T> BeanPostProcessor replaceEvery(Class<T> type, Class<? extends T> replacement,
            Function<T, ? extends T> replace) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return type.isInstance(bean) && !replacement.isInstance(bean) ? replace.apply(type.cast(bean)) : bean;
            }
        };
    }
}
