package io.portalops.fuzz.api;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generator of test input drawn from a seeded {@link Random}: the same seed gives the same inputs, so a failure in
 * CI is reproduced by its seed. Small on purpose; the fuzz suite needs choice, ranges and mapping, nothing more.
 */
@FunctionalInterface
interface Gen<T> {

    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
        return random -> f.apply(next(random)).next(random);
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<T> values) {
        List<T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<T>... gens) {
        return oneOf(List.of(gens));
    }

    static <T> Gen<T> oneOf(List<Gen<T>> gens) {
        List<Gen<T>> copy = List.copyOf(gens);
        return random -> copy.get(random.nextInt(copy.size())).next(random);
    }

    static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
        return random -> f.apply(a.next(random), b.next(random));
    }

    /** A whole number in [min, max]. */
    static Gen<Integer> between(int min, int max) {
        return random -> min + random.nextInt(max - min + 1);
    }

    /** Text of the given characters, of a length in [min, max]. */
    static Gen<String> strings(char[] chars, int min, int max) {
        return random -> {
            int length = min + random.nextInt(max - min + 1);
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                out.append(chars[random.nextInt(chars.length)]);
            }
            return out.toString();
        };
    }

    /** ASCII letters. */
    static Gen<String> alpha(int min, int max) {
        return strings("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray(), min, max);
    }

    /** Any UTF-16 code units, surrogates and control characters included. */
    static Gen<String> anyChars(int min, int max) {
        return random -> {
            int length = min + random.nextInt(max - min + 1);
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                out.append((char) random.nextInt(Character.MAX_VALUE + 1));
            }
            return out.toString();
        };
    }
}
