package fr.formation.common;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Lines up the results of one batched query with the sources a batch resolver was given. */
public final class Batches {

    private Batches() {
    }

    /** For each source, the values found under its key; an empty list where there are none. */
    public static <S, K, V> List<List<V>> lists(List<S> sources, Function<S, K> key, Map<K, List<V>> found) {
        return sources.stream().map(source -> found.getOrDefault(key.apply(source), List.of())).toList();
    }

    /** For each source, the one value found under its key, or null. */
    public static <S, K, V> List<V> single(List<S> sources, Function<S, K> key, Map<K, V> found) {
        return sources.stream().map(source -> key.apply(source) == null ? null : found.get(key.apply(source))).toList();
    }
}
