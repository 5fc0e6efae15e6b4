package io.litstream.launcher.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which litstream package uses which, read from the {@code package} and {@code import} lines of
 * one source tree. Classes of the same package need no import, so imports are exactly the edges
 * between packages; fully qualified names in code are rare enough here to be left out.
 *
 * @param uses each package of the tree and the other {@code io.litstream} packages it imports
 */
record PackageGraph(Map<String, Set<String>> uses) {
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** The package of an imported type: the name before its first capitalised part (nested types, static members). */
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?(io\\.litstream(?:\\.[a-z_][\\w]*)*)\\.[A-Z][\\w.*]*\\s*;", Pattern.MULTILINE);

    /** The graph of every {@code .java} file under {@code sourceRoot}. */
    static PackageGraph read(Path sourceRoot) {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(source);
                if (!pkg.find()) {
                    continue;
                }
                Set<String> imported = uses.computeIfAbsent(pkg.group(1), p -> new TreeSet<>());
                Matcher imp = IMPORT.matcher(source);
                while (imp.find()) {
                    if (!imp.group(1).equals(pkg.group(1))) {
                        imported.add(imp.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceRoot, e);
        }
        return new PackageGraph(uses);
    }

    /** One cycle among the tree's own packages, as the path that closes it ({@code a -> b -> a}), if there is any. */
    Optional<List<String>> cycle() {
        Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the path, 2: done
        Deque<String> path = new ArrayDeque<>();
        for (String start : uses.keySet()) {
            Optional<List<String>> found = visit(start, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String pkg, Map<String, Integer> state, Deque<String> path) {
        Integer seen = state.get(pkg);
        if (seen != null) {
            if (seen == 2) {
                return Optional.empty();
            }
            List<String> onPath = new ArrayList<>(path);
            List<String> cycle = new ArrayList<>(onPath.subList(onPath.indexOf(pkg), onPath.size()));
            cycle.add(pkg);
            return Optional.of(cycle);
        }
        state.put(pkg, 1);
        path.addLast(pkg);
        for (String next : uses.getOrDefault(pkg, Set.of())) {
            if (uses.containsKey(next)) {
                Optional<List<String>> found = visit(next, state, path);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        path.removeLast();
        state.put(pkg, 2);
        return Optional.empty();
    }
}
