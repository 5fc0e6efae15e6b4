package io.litstream.launcher.help;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The usage help of every command sized to the terminal (picocli's auto width), with the command
 * descriptions and option descriptions laid out as {@link Prose}: paragraphs wrapped at spaces, so
 * setting names and "e.g." stay whole at any width.
 */
public final class HelpLayout {
    /** Continuation lines of an option's description, as picocli indents its own. */
    private static final String CONTINUED = "  ";

    private HelpLayout() {
    }

    /** Applies the layout to {@code commandLine} and every sub-command it has so far. */
    public static CommandLine applyTo(CommandLine commandLine) {
        commandLine.setUsageHelpAutoWidth(true);
        apply(commandLine);
        return commandLine;
    }

    private static void apply(CommandLine command) {
        command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, HelpLayout::description);
        command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
        command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
        command.getSubcommands().values().forEach(HelpLayout::apply);
    }

    private static String description(Help help) {
        String[] lines = help.commandSpec().usageMessage().description();
        if (lines.length == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        List<String> paragraphs = Prose.paragraphs(lines);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                out.append(System.lineSeparator());
            }
            for (String line : Prose.wrap(paragraphs.get(i), help.commandSpec().usageMessage().width())) {
                out.append(line).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    /** Each sub-command with the first sentence of its description (picocli shows its first array line). */
    private static String commands(Help help) {
        var subcommands = help.subcommands();
        if (subcommands.isEmpty()) {
            return "";
        }
        int names = subcommands.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
        int width = help.commandSpec().usageMessage().width() - names - CONTINUED.length();
        StringBuilder out = new StringBuilder();
        subcommands.forEach((name, sub) -> {
            String[] description = sub.commandSpec().usageMessage().description();
            String summary = description.length == 0 ? "" : firstSentence(Prose.paragraphs(description).get(0));
            List<String> lines = Prose.wrap(summary, width);
            for (int i = 0; i < lines.size(); i++) {
                String left = i == 0 ? "  " + name : "";
                out.append(String.format("%-" + names + "s", left)).append(i == 0 ? "" : CONTINUED).append(lines.get(i))
                        .append(System.lineSeparator());
            }
        });
        return out.toString();
    }

    private static String firstSentence(String paragraph) {
        int end = paragraph.indexOf(". ");
        while (end > 0 && paragraph.regionMatches(end - 3, "e.g", 0, 3)) {
            end = paragraph.indexOf(". ", end + 2);
        }
        return end < 0 ? paragraph : paragraph.substring(0, end + 1);
    }

    private static String options(Help help) {
        Help.Layout standard = help.createDefaultLayout();
        Help.Column[] columns = standard.textTable().columns();
        int width = columns[columns.length - 1].width - 1;
        Help.IOptionRenderer picocli = standard.optionRenderer();
        Help.IOptionRenderer wrapped = (option, labels, scheme) -> rewrap(picocli.render(option, labels, scheme), width, scheme);
        Help.Layout layout = new Help.Layout(help.colorScheme(), standard.textTable(), wrapped, standard.parameterRenderer());
        return help.optionList(layout, help.createDefaultOptionSort(), help.parameterLabelRenderer());
    }

    /** Picocli's rows for one option with the description column replaced by lines that fit it. */
    private static Text[][] rewrap(Text[][] rows, int width, Help.ColorScheme scheme) {
        int last = rows[0].length - 1;
        List<String> description = new ArrayList<>();
        for (Text[] row : rows) {
            description.add(row[last] == null ? "" : row[last].plainString());
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : Prose.paragraphs(description.toArray(String[]::new))) {
            List<String> wrapped = Prose.wrap(paragraph, width - CONTINUED.length());
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(lines.isEmpty() && i == 0 ? wrapped.get(i) : CONTINUED + wrapped.get(i));
            }
        }
        Text[][] out = new Text[Math.max(1, lines.size())][];
        for (int r = 0; r < out.length; r++) {
            Text[] row = new Text[rows[0].length];
            for (int c = 0; c < last; c++) {
                row[c] = r == 0 ? rows[0][c] : scheme.text("");
            }
            row[last] = scheme.text(r < lines.size() ? lines.get(r) : "");
            out[r] = row;
        }
        return out;
    }
}
