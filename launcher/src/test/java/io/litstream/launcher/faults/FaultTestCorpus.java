package io.litstream.launcher.faults;

import io.litstream.bench.BenchCorpus;
import io.litstream.launcher.demo.SampleCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * Inputs for a fault test: distinct articles of real prose (the launcher's sample corpus cut into
 * paragraphs, shuffled with a fixed seed and dealt out two to an article, so no two articles share
 * a paragraph and none is a near-duplicate of another) and the sample corpus's broken files, which
 * ingest must dead-letter.
 */
final class FaultTestCorpus {
    /** One file to drop into the inbox. */
    record Input(String name, byte[] content) {
    }

    private final List<Input> good;
    private final List<Input> bad;

    private FaultTestCorpus(List<Input> good, List<Input> bad) {
        this.good = List.copyOf(good);
        this.bad = List.copyOf(bad);
    }

    static FaultTestCorpus build(Path scratch, int maxArticles, long seed) throws IOException {
        Path samples = scratch.resolve("sample-corpus");
        List<Path> files = SampleCorpus.copyTo(samples);
        List<String> paragraphs = new ArrayList<>(new LinkedHashSet<>(BenchCorpus.paragraphs(samples)));
        Collections.shuffle(paragraphs, new Random(seed));
        List<Input> good = new ArrayList<>();
        for (int i = 0; i + 1 < paragraphs.size() && good.size() < maxArticles; i += 2) {
            String text = "Field report " + (good.size() + 1) + "\n\n" + paragraphs.get(i) + "\n\n" + paragraphs.get(i + 1) + "\n";
            good.add(new Input(String.format("article-%03d.txt", good.size() + 1),
                    text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        List<Input> bad = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.contains("broken")) {
                bad.add(new Input(name, Files.readAllBytes(f)));
            }
        }
        if (bad.size() < 2 || good.size() < 12) {
            throw new IllegalStateException("the sample corpus gave " + good.size() + " articles and " + bad.size()
                    + " broken files; a fault test wants at least 12 and 2");
        }
        return new FaultTestCorpus(good, bad);
    }

    List<Input> good() {
        return good;
    }

    List<Input> bad() {
        return bad;
    }

    /**
     * Drops {@code input} into {@code inbox} in one step (written beside it, then moved in), as a
     * file copied in by hand would settle: ingest never sees half a file.
     */
    static Path drop(Input input, Path staging, Path inbox) throws IOException {
        Files.createDirectories(staging);
        Path tmp = staging.resolve(input.name());
        Files.write(tmp, input.content());
        return Files.move(tmp, inbox.resolve(input.name()), StandardCopyOption.ATOMIC_MOVE);
    }
}
