package io.litstream.aggregate.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.internals.WrappedStateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write-behind store under the topology test driver, which commits after every input record:
 * one input record stands for everything a task processes between two commits. Each input value
 * is a script of store operations ("put k v; get k; delete k; all") run in one process call;
 * what a get returns and what the store writes out at the commit go to output topics.
 */
class WriteBehindStoreTest {
    private static final String STORE = "values";

    @TempDir
    java.nio.file.Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, String> scripts;
    private TestOutputTopic<String, String> reads;
    private TestOutputTopic<String, String> written;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void manyWritesOfOneKeyBetweenCommitsGoOutOnceWithTheLastValue() {
        start();
        scripts.pipeInput("s", "put k a; put k b; put k c");

        assertEquals(List.of(KeyValue.pair("k", "c")), written.readKeyValuesToList());
        assertEquals("c", store().get("k"));
    }

    @Test
    void theOwningTaskReadsWhatItWroteBeforeTheCommit() {
        start();
        scripts.pipeInput("s", "put k a");
        scripts.pipeInput("s", "put k b; get k; delete k; get k");

        assertEquals(List.of(KeyValue.pair("k", "b"), KeyValue.pair("k", "null")), reads.readKeyValuesToList());
    }

    @Test
    void aDeleteBeforeTheCommitRemovesTheKeyAndGoesOutAsATombstone() {
        start();
        scripts.pipeInput("s", "put k a; put j x");
        written.readKeyValuesToList();

        scripts.pipeInput("s", "put k b; delete k");

        assertEquals(List.of(new KeyValue<String, String>("k", null)), written.readKeyValuesToList());
        assertNull(store().get("k"));
        assertEquals("x", store().get("j"));
    }

    @Test
    void keysGoOutInTheOrderTheyWereFirstWritten() {
        start();
        scripts.pipeInput("s", "put b 1; put a 1; put c 1; put a 2");

        assertEquals(List.of(KeyValue.pair("b", "1"), KeyValue.pair("a", "2"), KeyValue.pair("c", "1")),
                written.readKeyValuesToList());
    }

    @Test
    void theTaskCannotIterateWhileWritesArePending() {
        start();
        StreamsException e = assertThrows(StreamsException.class, () -> scripts.pipeInput("s", "put k a; all"));
        assertInstanceOf(UnsupportedOperationException.class, rootCause(e));
    }

    @Test
    void betweenCommitsTheStoreIteratesItsCommittedValues() {
        start();
        scripts.pipeInput("s", "put b 2; put a 1");
        List<KeyValue<String, String>> all = new ArrayList<>();
        try (var it = store().all()) {
            it.forEachRemaining(all::add);
        }
        assertEquals(List.of(KeyValue.pair("a", "1"), KeyValue.pair("b", "2")), all);
    }

    @Test
    void theChangelogGetsOneRecordPerKeyPerCommit() {
        start();
        scripts.pipeInput("s", "put k a; put k b; put j x");

        TestOutputTopic<String, String> changelog = driver.createOutputTopic(
                "write-behind-test-" + STORE + "-changelog", new StringDeserializer(), new StringDeserializer());
        assertEquals(List.of(KeyValue.pair("k", "b"), KeyValue.pair("j", "x")), changelog.readKeyValuesToList());
    }

    @Test
    void cachingIsThisStoresOwnWhateverTheInnerBuilderAsked() {
        StoreBuilder<KeyValueStore<String, String>> builder = WriteBehindStore.builder(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE), Serdes.String(), Serdes.String())
                        .withCachingEnabled());
        KeyValueStore<String, String> store = builder.withCachingEnabled().build();
        assertInstanceOf(WriteBehindStore.class, store);
        // Underneath there is no byte cache to serialize every write a second time.
        List<String> layers = new ArrayList<>();
        StateStore layer = ((WriteBehindStore<String, String>) store).wrapped();
        while (layer instanceof WrappedStateStore<?, ?, ?> wrapper) {
            layers.add(layer.getClass().getSimpleName());
            layer = wrapper.wrapped();
        }
        assertTrue(layers.stream().noneMatch(name -> name.startsWith("Caching")), "layers: " + layers);
        assertTrue(layers.stream().anyMatch(name -> name.startsWith("ChangeLogging")), "layers: " + layers);
        assertEquals(STORE, builder.name());
    }

    private KeyValueStore<String, String> store() {
        return driver.getKeyValueStore(STORE);
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private void start() {
        Topology topology = new Topology();
        topology.addSource("scripts", new StringDeserializer(), new StringDeserializer(), "scripts");
        topology.addProcessor("run", new ScriptRunner(), "scripts");
        topology.addSink("reads", "reads", new StringSerializer(), new StringSerializer(), "run");
        topology.addSink("written", "written", new StringSerializer(), new StringSerializer(), "run");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "write-behind-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props);
        scripts = driver.createInputTopic("scripts", new StringSerializer(), new StringSerializer());
        reads = driver.createOutputTopic("reads", new StringDeserializer(), new StringDeserializer());
        written = driver.createOutputTopic("written", new StringDeserializer(), new StringDeserializer());
    }

    /** Runs a script against the store; its flush listener forwards each write-out to "written". */
    private static final class ScriptRunner implements ProcessorSupplier<String, String, String, String> {
        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(WriteBehindStore.builder(
                    Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.String())));
        }

        @Override
        public Processor<String, String, String, String> get() {
            return new Processor<>() {
                private ProcessorContext<String, String> context;
                private KeyValueStore<String, String> store;

                @Override
                public void init(ProcessorContext<String, String> context) {
                    this.context = context;
                    this.store = context.getStateStore(STORE);
                    InternalProcessorContext<?, ?> internal = (InternalProcessorContext<?, ?>) context;
                    ProcessorNode<?, ?, ?, ?> self = internal.currentNode();
                    @SuppressWarnings("unchecked")
                    WrappedStateStore<?, String, String> wrapped = (WrappedStateStore<?, String, String>) store;
                    wrapped.setFlushListener(record -> {
                        ProcessorNode<?, ?, ?, ?> previous = internal.currentNode();
                        internal.setCurrentNode(self);
                        try {
                            context.forward(record.withValue(record.value().newValue), "written");
                        } finally {
                            internal.setCurrentNode(previous);
                        }
                    }, false);
                }

                @Override
                public void process(Record<String, String> record) {
                    for (String step : record.value().split(";")) {
                        String[] op = step.strip().split(" ");
                        switch (op[0]) {
                            case "put" -> store.put(op[1], op[2]);
                            case "delete" -> store.delete(op[1]);
                            case "get" -> context.forward(record.withKey(op[1]).withValue(String.valueOf(store.get(op[1]))),
                                    "reads");
                            case "all" -> store.all().close();
                            default -> throw new IllegalArgumentException(step);
                        }
                    }
                }
            };
        }
    }
}
