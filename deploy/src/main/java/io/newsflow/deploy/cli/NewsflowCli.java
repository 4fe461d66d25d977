package io.newsflow.deploy.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
        description = "Watches the news as it streams in: drops duplicates, tags entities, sentiment and events, "
                + "groups articles into stories and alerts on new developments.",
        subcommands = {DemoCommand.class, ReplayCommand.class, BrokerCommand.class, IngestCommand.class,
            EnrichCommand.class, AlertsCommand.class, TagCommand.class,
            SubscriptionsCommand.class, EntitiesCommand.class, CommandLine.HelpCommand.class})
public final class NewsflowCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code: 0 done, 1 failed, 2 wrong use. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new NewsflowCli());
        commandLine.setExecutionExceptionHandler(NewsflowCli::reportFailure);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command; see 'newsflow --help'");
    }

    private static int reportFailure(Exception error, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        // The full command ("newsflow entities apply"), as a subcommand's own name alone ("apply") is ambiguous.
        String command = commandLine.getCommandSpec().qualifiedName();
        if (error instanceof CliError) {
            err.println(command + ": " + error.getMessage());
        } else {
            err.println(command + " failed: " + error);
            error.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
