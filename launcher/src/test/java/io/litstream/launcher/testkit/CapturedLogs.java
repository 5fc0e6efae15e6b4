package io.litstream.launcher.testkit;

import java.io.StringWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Everything this process logs while open, as text, including what Kafka's clients log at INFO
 * (every client prints its whole configuration when it is created) and its security code at
 * DEBUG, which the shipped configuration hides. The console keeps showing only Kafka's warnings.
 * Closing restores the shipped logging configuration.
 */
public final class CapturedLogs implements AutoCloseable {
    private static final String KAFKA = "org.apache.kafka";

    private final LoggerContext context;
    private final StringWriter text = new StringWriter();

    private CapturedLogs(LoggerContext context) {
        this.context = context;
    }

    public static CapturedLogs start() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        CapturedLogs captured = new CapturedLogs(context);
        Configuration config = context.getConfiguration();
        Appender capture = WriterAppender.newBuilder()
                .setName("captured-" + System.identityHashCode(captured))
                .setTarget(captured.text)
                .setLayout(PatternLayout.newBuilder().withConfiguration(config)
                        .withPattern("%level %c - %msg%n%throwable").build())
                .setConfiguration(config)
                .build();
        capture.start();
        config.addAppender(capture);
        config.getRootLogger().addAppender(capture, Level.ALL, null);

        // Kafka at INFO into the capture, but only its warnings onto the console, as shipped.
        LoggerConfig kafka = config.getLoggerConfig(KAFKA);
        if (!KAFKA.equals(kafka.getName())) {
            kafka = new LoggerConfig(KAFKA, Level.INFO, false);
            config.addLogger(KAFKA, kafka);
        }
        kafka.setLevel(Level.INFO);
        kafka.setAdditive(false);
        kafka.addAppender(capture, Level.ALL, null);
        config.getRootLogger().getAppenders().values().stream()
                .filter(a -> a != capture)
                .forEach(console -> config.getLoggerConfig(KAFKA).addAppender(console, Level.WARN, null));
        config.addLogger(KAFKA + ".common.security", new LoggerConfig(KAFKA + ".common.security", Level.DEBUG, true));
        context.updateLoggers();
        return captured;
    }

    /** What was logged so far. */
    public String text() {
        return text.toString(); // StringWriter's buffer is synchronized
    }

    @Override
    public void close() {
        // Back to the shipped log4j2.xml: drops the capture and the raised levels.
        context.reconfigure();
    }
}
