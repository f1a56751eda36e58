//! The `fclint` command line. Parsing arguments and mapping exit codes only; the
//! work happens in the library.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use fclint::diag::Lang;
use fclint::inert::Medium;
use fclint::FatalError;

/// fclint builds and drops many small trees (YAML nodes, resolved values, JSON for the
/// schema check); mimalloc makes those allocations about half as costly as glibc's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;
use cli::check::run_check;
use cli::commands::{run_explain, run_init, run_plan, run_preview, run_rules};
use cli::output::{write_raw, write_stderr, write_stdout};
use cli::{Cli, Command, LangArg};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Check(a) => run_check(a),
        Command::Init(a) => run_init(a),
        Command::Completions(a) => {
            let mut out = Vec::new();
            clap_complete::generate(a.shell, &mut Cli::command(), "fclint", &mut out);
            // fclint's own text, from no input: written as it is (a script may start a line
            // with `::`).
            write_raw(
                &String::from_utf8_lossy(&out),
                &mut std::io::stdout().lock(),
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Manpage => {
            let mut out = Vec::new();
            match clap_mangen::Man::new(Cli::command()).render(&mut out) {
                Ok(()) => {
                    write_raw(
                        &String::from_utf8_lossy(&out),
                        &mut std::io::stdout().lock(),
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => Err(FatalError(format!("cannot render the man page: {e}"))),
            }
        }
        Command::Rules(a) => run_rules(a),
        Command::Plan(a) => run_plan(a),
        Command::Explain(a) => run_explain(a),
        Command::Preview(a) => run_preview(a),
        Command::Lsp => fclint::lsp::run().map(|()| ExitCode::SUCCESS),
        Command::Schema(a) => {
            let lang = match a.lang {
                Some(LangArg::Zh) => Lang::Zh,
                _ => Lang::En,
            };
            write_stdout(&a.platform.schema_json(lang), Medium::Json);
            Ok(ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            write_stderr(&format!("fclint: error: {e}\n"));
            ExitCode::from(2)
        }
    }
}
