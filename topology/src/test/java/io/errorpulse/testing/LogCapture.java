package io.errorpulse.testing;

import java.io.StringWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** Sends every log event of every logger, DEBUG and up, to a writer while open, as "level logger message exception". */
public final class LogCapture implements AutoCloseable {

    private final LoggerContext context;
    private final WriterAppender appender;
    private final Level previous;

    private LogCapture(LoggerContext context, WriterAppender appender, Level previous) {
        this.context = context;
        this.appender = appender;
        this.previous = previous;
    }

    public static LogCapture start(StringWriter sink) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        WriterAppender appender = WriterAppender.newBuilder().setName("test-capture").setTarget(sink)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m %ex%n").build()).build();
        appender.start();
        LoggerConfig root = config.getRootLogger();
        Level previous = root.getLevel();
        root.addAppender(appender, Level.DEBUG, null);
        root.setLevel(Level.DEBUG);
        context.updateLoggers();
        return new LogCapture(context, appender, previous);
    }

    @Override
    public void close() {
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.removeAppender(appender.getName());
        root.setLevel(previous);
        context.updateLoggers();
        appender.stop();
    }
}
