package io.newsflow.deploy.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
        description = "Watches the news as it streams in: drops duplicates, tags entities, sentiment and events, "
                + "groups articles into stories and alerts on new developments.",
        subcommands = {DemoCommand.class, ReplayCommand.class, BrokerCommand.class, IngestCommand.class,
            EnrichCommand.class, AlertsCommand.class, TagCommand.class, BenchCommand.class,
            SubscriptionsCommand.class, EntitiesCommand.class, CommandLine.HelpCommand.class})
public final class NewsflowCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "On failure, print the stack trace too.")
    boolean verbose;

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
        if (error instanceof CliError) {
            err.println(commandLine.getCommandSpec().qualifiedName() + ": " + error.getMessage());
        } else {
            // The message is what a person can act on; the exception's class is for the stack trace.
            String what = error.getMessage() != null ? error.getMessage() : error.toString();
            err.println(commandLine.getCommandSpec().qualifiedName() + " failed: " + what
                    + (asksForVerbose(parsed) ? "" : " (--verbose prints the stack trace)"));
        }
        if (asksForVerbose(parsed)) {
            error.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /** --verbose is inherited by every subcommand, so it may have been given at any level of the command line. */
    private static boolean asksForVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
