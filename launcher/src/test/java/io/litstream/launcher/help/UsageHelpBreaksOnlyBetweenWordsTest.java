package io.litstream.launcher.help;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.LitstreamMain;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class UsageHelpBreaksOnlyBetweenWordsTest {
    /** A line's last word that is a dotted name cut after one of its dots: {@code kafka.}, {@code ingest.dirs.}, {@code e.}. */
    private static final Pattern CUT_NAME = Pattern.compile("(?:^|[\\s(`'\"])([A-Za-z][\\w-]*\\.(?:[\\w-]+\\.)*)$");

    @ParameterizedTest
    @ValueSource(ints = {80, 120})
    void noCommandsHelpEndsALineInsideASettingNameOrAnEg(int width) {
        for (CommandLine command : everyCommand()) {
            command.setUsageHelpAutoWidth(false);
            command.setUsageHelpWidth(width);
            List<String> lines = command.getUsageMessage().lines().toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                String line = lines.get(i).stripTrailing();
                String next = lines.get(i + 1).strip();
                String where = command.getCommandName() + " at width " + width + ": \"" + line + "\" / \"" + next + "\"";
                assertFalse(line.endsWith("e.g.") || line.endsWith(" e."), where);
                var cut = CUT_NAME.matcher(line);
                String nextWord = next.split("\\s", 2)[0];
                // A cut name: dots inside the word, "e.", or a next line going on with more of the name.
                boolean dotted = cut.find() && (cut.group(1).indexOf('.') < cut.group(1).length() - 1
                        || cut.group(1).length() <= 2 || nextWord.matches("[a-z][\\w-]*\\.[\\w.=-]+.*"));
                assertFalse(dotted && !next.isEmpty() && Character.isLowerCase(next.charAt(0)), where);
            }
        }
    }

    @Test
    void descriptionsWrittenOverSeveralLinesAreOneParagraphAtAWideTerminal() {
        CommandLine demo = LitstreamMain.commandLine().getSubcommands().get("demo");
        demo.setUsageHelpAutoWidth(false);
        demo.setUsageHelpWidth(120);
        String help = demo.getUsageMessage();
        // In the source the sentence is cut after "runs ingest, extract and"; at 120 columns it is not.
        assertTrue(help.contains("runs ingest, extract and aggregate"), help);
    }

    @Test
    void demoHelpNamesTheDemosOwnWorkDirDefault() {
        String help = LitstreamMain.commandLine().getSubcommands().get("demo").getUsageMessage();
        assertTrue(help.contains("Default: .litstream/demo"), help);
    }

    private static List<CommandLine> everyCommand() {
        List<CommandLine> all = new ArrayList<>();
        collect(LitstreamMain.commandLine(), all);
        assertTrue(all.size() > 10, "every command: " + all.size());
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }
}
