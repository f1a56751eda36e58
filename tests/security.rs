//! Safe on untrusted pull requests (issue 11). Every attack runs through every command and
//! format, with a canary secret in the environment under ordinary names (not only
//! `*_SECRET`) and in files inside and outside the project. For every run:
//!
//! - the canary never appears, on stdout or stderr;
//! - no line starts a GitHub workflow command (`::name …::`, after leading whitespace), except
//!   fclint's own `--format github` annotations, and no line holds the legacy `##[` form;
//! - no raw ESC (with colour: only fclint's own SGR sequences), control character, bidi
//!   override or line separator is printed;
//! - fclint exits 0, 1 or 2 (never a panic), and each bomb ends with its finding.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Ordinary environment names the canary is stored under (what an attacker would guess).
const CANARY_NAMES: &[&str] = &[
    "DB_PASS", "NAME", "STAGE", "X", "VALUE", "REGION", "TIMEOUT", "T", "CONFIG",
];

fn random() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    h.finish()
}

/// The secret in files: long and random.
fn canary() -> String {
    format!("cnry{:016x}zq", random())
}

/// The secret in the environment: 7 characters, below the length fclint's last-line mask
/// starts at, so that these tests prove resolution itself keeps it out of every output.
fn env_canary() -> String {
    format!("zq{:05x}", random() & 0xf_ffff)
}

/// A fresh project directory (holding `.git`, so that it is the project root) inside a fresh
/// directory that also holds `outside.txt` and `outside.yaml` with the canary.
struct Lab {
    base: PathBuf,
    /// In files (`CANARY` in what [`Lab::write`] writes).
    canary: String,
    /// In the environment and `.env` files (`ENVCANARY`).
    env: String,
}

impl Lab {
    fn new(name: &str) -> Lab {
        let base =
            std::env::temp_dir().join(format!("fclint-security-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        std::fs::create_dir_all(base.join("proj/.git")).unwrap();
        let canary = canary();
        std::fs::write(base.join("outside.txt"), format!("{canary}\n")).unwrap();
        std::fs::write(
            base.join("outside.yaml"),
            format!("edition: 3.0.0\nname: {canary}\nvars:\n  {canary}: {canary}\nresources:\n  fn:\n    component: fc3\n    props:\n      runtime: {canary}\n"),
        )
        .unwrap();
        Lab {
            base,
            canary,
            env: env_canary(),
        }
    }

    fn proj(&self) -> PathBuf {
        self.base.join("proj")
    }

    fn write(&self, rel: &str, text: &str) -> PathBuf {
        let p = self.proj().join(rel);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).unwrap();
        }
        let text = text
            .replace("ENVCANARY", &self.env)
            .replace("CANARY", &self.canary);
        std::fs::write(&p, text).unwrap();
        p
    }
}

impl Drop for Lab {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

/// fclint run in `dir` with the environment canary under ordinary names.
fn run(dir: &Path, lab: &Lab, args: &[&str]) -> (i32, String, String) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_fclint"));
    c.current_dir(dir);
    for v in ["LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR"] {
        c.env_remove(v);
    }
    for n in CANARY_NAMES {
        c.env(n, &lab.env);
    }
    let out = c.args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The properties every output must have; `github` allows fclint's own annotation lines,
/// `color` fclint's own SGR sequences.
fn assert_inert(what: &str, text: &str, lab: &Lab, github: bool, color: bool) {
    for canary in [&lab.canary, &lab.env] {
        assert!(
            !text.contains(canary.as_str()),
            "{what}: the canary secret is printed:\n{text}"
        );
    }
    assert!(
        !text.contains("##["),
        "{what}: a legacy `##[` command:\n{text}"
    );
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("::") {
            let own = github
                && ["::error file=", "::warning file=", "::notice file="]
                    .iter()
                    .any(|p| line.starts_with(p));
            assert!(own, "{what}: a line starts a workflow command: {line:?}");
        }
    }
    for (i, c) in text.char_indices() {
        if c == '\u{1b}' && color {
            let rest = &text[i + 1..];
            let sgr = rest.strip_prefix('[').is_some_and(|r| {
                let n = r
                    .bytes()
                    .take_while(|b| b.is_ascii_digit() || *b == b';')
                    .count();
                r.as_bytes().get(n) == Some(&b'm')
            });
            assert!(sgr, "{what}: a raw escape sequence at byte {i}:\n{text:?}");
            continue;
        }
        if c == '\n' || c == '\t' {
            continue;
        }
        assert!(
            !fclint::inert::is_dangerous(c),
            "{what}: raw {c:?} at byte {i}:\n{text:?}"
        );
    }
}

/// Every command and format over `target` (a file or directory, relative to `dir`).
fn every_output(dir: &Path, lab: &Lab, target: &str, extra: &[&str]) -> Vec<(i32, String)> {
    let mut runs: Vec<(String, Vec<String>, bool, bool)> = Vec::new();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    for lang in ["en", "zh"] {
        for fmt in [
            "human",
            "concise",
            "json",
            "github",
            "sarif",
            "junit",
            "gitlab",
            "checkstyle",
            "rdjson",
        ] {
            for color in ["never", "always"] {
                runs.push((
                    format!("check -f {fmt} --lang {lang} --color {color}"),
                    s(&["check", "-f", fmt, "--lang", lang, "--color", color, target]),
                    fmt == "github",
                    color == "always",
                ));
            }
        }
        runs.push((
            format!("check -v --lang {lang}"),
            s(&["check", "-v", "--color", "never", "--lang", lang, target]),
            false,
            false,
        ));
        for fmt in ["human", "json"] {
            runs.push((
                format!("check --statistics -f {fmt} --lang {lang}"),
                s(&["check", "--statistics", "-f", fmt, "--lang", lang, target]),
                false,
                false,
            ));
        }
        for fmt in ["human", "markdown", "json"] {
            runs.push((
                format!("plan -f {fmt} --lang {lang}"),
                s(&["plan", "-f", fmt, "--lang", lang, target]),
                false,
                false,
            ));
        }
        for fmt in ["text", "markdown", "mermaid"] {
            runs.push((
                format!("explain -f {fmt} --lang {lang}"),
                s(&["explain", "-f", fmt, "--lang", lang, target]),
                false,
                false,
            ));
        }
    }
    if !Path::new(target).is_dir() && !dir.join(target).is_dir() {
        for fmt in ["human", "markdown", "json"] {
            runs.push((
                format!("plan --diff -f {fmt}"),
                s(&["plan", "--diff", target, target, "-f", fmt]),
                false,
                false,
            ));
        }
        for fmt in ["json", "yaml"] {
            runs.push((
                format!("preview -f {fmt}"),
                s(&["preview", "-f", fmt, target]),
                false,
                false,
            ));
        }
    }
    let mut results = Vec::new();
    for (what, mut args, github, color) in runs {
        args.extend(extra.iter().map(|x| x.to_string()));
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, out, err) = run(dir, lab, &argv);
        assert!(
            (0..=2).contains(&code),
            "{what} on {target}: exit {code}\n{err}"
        );
        assert_inert(
            &format!("{what} on {target} (stdout)"),
            &out,
            lab,
            github,
            color,
        );
        assert_inert(
            &format!("{what} on {target} (stderr)"),
            &err,
            lab,
            false,
            false,
        );
        results.push((code, out + &err));
    }
    results
}

const FC3: &str = "edition: 3.0.0\nname: app\n";
const PROPS: &str =
    "      region: cn-hangzhou\n      functionName: orders\n      handler: index.handler\n      code: ./code\n";

fn fn3(extra_props: &str) -> String {
    format!("{FC3}resources:\n  fn:\n    component: fc3\n    props:\n{PROPS}{extra_props}")
}

#[test]
fn files_outside_the_project_are_never_read() {
    let lab = Lab::new("outside");
    lab.write(
        "s.yaml",
        &fn3(concat!(
            "      runtime: ${file('/proc/self/environ')}\n",
            "      description: ${file('../outside.txt')}\n",
            "      role: ${file('/etc/passwd')}\n",
            "      environmentVariables: ${json(file('../../../../../../../../../tmp/../etc/hostname'))}\n",
        )),
    );
    lab.write("base/s.yaml", "extend: ../../outside.yaml\n");
    let dir = lab.proj();
    for (code, out) in every_output(&dir, &lab, "s.yaml", &[]) {
        assert!(code == 1 || code == 0, "{out}");
    }
    let (code, out, _) = run(&dir, &lab, &["check", "-f", "concise", "s.yaml"]);
    assert_eq!(code, 1);
    assert_eq!(out.matches("[VR009]").count(), 4, "{out}");
    assert!(
        out.contains(
            "`${file('/proc/self/environ')}` reads `/proc/self/environ`, outside the project root"
        ),
        "{out}"
    );
    let (_, out, _) = run(&dir, &lab, &["check", "-f", "concise", "base/s.yaml"]);
    assert!(
        out.contains("error[VR009] the base file `../../outside.yaml`, outside the project root"),
        "{out}"
    );
    every_output(&dir, &lab, "base/s.yaml", &[]);
    // Allowed for local use: read, and still never shown (the file is outside the root).
    let (_, out, err) = run(
        &dir,
        &lab,
        &["check", "--allow-outside-root", "-f", "sarif", "s.yaml"],
    );
    assert!(!out.contains("[VR009]") && !out.contains("VR009"), "{out}");
    assert_inert(
        "--allow-outside-root sarif",
        &(out + &err),
        &lab,
        false,
        false,
    );
}

#[cfg(unix)]
#[test]
fn links_out_of_the_project_are_not_followed() {
    let lab = Lab::new("links");
    let dir = lab.proj();
    // An s.yaml named on the command line (as pre-commit does) that links out.
    std::os::unix::fs::symlink(lab.base.join("outside.yaml"), dir.join("s.yaml")).unwrap();
    // A .env and an included file that link out.
    lab.write(
        "app/s.yaml",
        &fn3("      runtime: ${env('NOT_SET_ANYWHERE')}\n      description: ${file('./notes.txt')}\n"),
    );
    std::os::unix::fs::symlink(lab.base.join("outside.txt"), dir.join("app/.env")).unwrap();
    std::os::unix::fs::symlink(lab.base.join("outside.txt"), dir.join("app/notes.txt")).unwrap();
    // An fclint.toml that links out (an error message would quote it).
    lab.write("cfg/s.yaml", &fn3("      runtime: python3.10\n"));
    std::os::unix::fs::symlink(lab.base.join("outside.txt"), dir.join("cfg/fclint.toml")).unwrap();
    for target in ["s.yaml", "app/s.yaml", "cfg/s.yaml"] {
        every_output(&dir, &lab, target, &[]);
    }
    let (code, out, _) = run(&dir, &lab, &["check", "-f", "concise", "s.yaml"]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with(
            "s.yaml:0:0: error[VR009] `s.yaml` is a link to a file, outside the project root"
        ),
        "{out}"
    );
    let (_, out, _) = run(&dir, &lab, &["check", "-f", "concise", "app/s.yaml"]);
    assert!(
        out.contains("error[VR009] `.env` (read for `${env(…)}`), outside the project root"),
        "{out}"
    );
    assert!(
        out.contains(
            "error[VR009] `${file('./notes.txt')}` reads `./notes.txt`, outside the project root"
        ),
        "{out}"
    );
    let (code, _, err) = run(&dir, &lab, &["check", "cfg/s.yaml"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("is a link to a file outside the project root"),
        "{err}"
    );
}

#[test]
fn values_from_the_environment_are_checked_but_never_shown() {
    let lab = Lab::new("env");
    let dir = lab.proj();
    lab.write(
        "s.yaml",
        concat!(
            "edition: 3.0.0\nname: app\n",
            "vars:\n",
            "  x: ${env('NAME')}\n",
            "  obj:\n    A: ${env('X')}\n    B: plain\n",
            "  conf: ${json(file('./conf.json'))}\n",
            "resources:\n",
            "  fn:\n    component: fc3\n    props:\n",
            "      region: ${env('REGION')}\n",
            "      functionName: ${vars.x}\n",
            "      runtime: ${env('DB_PASS')}\n",
            "      handler: ${env('DOTENV_ONLY')}\n",
            "      code: ./code\n",
            "      timeout: ${env('TIMEOUT')}\n",
            "      memorySize: ${vars.conf.memory}\n",
            "      diskSize: ${env('MEMORY_FROM_DOTENV')}\n",
            "      description: prefix-${env('STAGE')}-suffix\n",
            "      role: ${file('./inside.txt')}\n",
            "      environmentVariables: ${vars.obj}\n",
            "      triggers:\n",
            "        - triggerName: ${this.props.functionName}\n",
            "          triggerType: eventbridge\n",
            "          triggerConfig:\n",
            "            eventSourceConfig:\n",
            "              eventSourceType: Kafka\n",
            "              eventSourceParameters:\n",
            "                sourceKafkaParameters:\n",
            "                  InstanceId: ${env('VALUE')}\n",
            "                  Topic: ${env('CONFIG')}\n",
            "  other:\n    component: fc3\n    props:\n",
            "      region: cn-hangzhou\n      functionName: other\n      runtime: python3.10\n",
            "      handler: index.handler\n      code: ./code\n",
            "      description: ${resources.fn.props.description}\n",
        ),
    );
    lab.write(
        ".env",
        "DOTENV_ONLY=ENVCANARY\nMEMORY_FROM_DOTENV=ENVCANARY\n",
    );
    lab.write("inside.txt", "CANARY\n");
    lab.write("conf.json", "{\"memory\": \"CANARY\"}\n");
    for (code, _) in every_output(&dir, &lab, "s.yaml", &[]) {
        assert!(code <= 2);
    }
    // `--env` values are treated the same.
    every_output(
        &dir,
        &lab,
        "s.yaml",
        &["--env", &format!("NAME={}", lab.env)],
    );
    let (_, out, _) = run(&dir, &lab, &["check", "-f", "concise", "s.yaml"]);
    // Checked, and named by the expression.
    assert!(
        out.contains("s.yaml:18:16: error[SC001] `timeout` must be an integer, found a string from `${env('TIMEOUT')}`\n"),
        "{out}"
    );
    // `preview` masks every value from the environment and included files; `--reveal` shows.
    let (_, masked, _) = run(&dir, &lab, &["preview", "s.yaml"]);
    assert!(masked.contains("\"description\": \"******\""), "{masked}");
    let (_, revealed, _) = run(&dir, &lab, &["preview", "--reveal", "s.yaml"]);
    assert!(
        revealed.contains(&format!("\"description\": \"prefix-{}-suffix\"", lab.env)),
        "{revealed}"
    );
}

#[test]
fn a_range_error_on_a_sensitive_value_names_the_expression() {
    let lab = Lab::new("range");
    let dir = lab.proj();
    lab.write(
        "s.yaml",
        &fn3("      runtime: python3.10\n      timeout: ${json(env('T'))}\n"),
    );
    let mut c = Command::new(env!("CARGO_BIN_EXE_fclint"));
    let out = c
        .current_dir(&dir)
        .env("T", "0")
        .args(["check", "-f", "concise", "s.yaml"])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.trim(),
        "s.yaml:12:16: error[SC005] `timeout` (from `${json(env('T'))}`) is below the minimum 1"
    );
}

#[test]
fn edition_1_forms_never_show_environment_values() {
    let lab = Lab::new("ed1");
    let dir = lab.proj();
    lab.write(
        "s.yaml",
        concat!(
            "edition: 1.0.0\nname: app\n",
            "services:\n  orders:\n    component: devsapp/fc\n    props:\n",
            "      region: ${env.REGION}\n",
            "      service:\n        name: ${env(NAME)}\n",
            "      function:\n        name: f\n        runtime: ${env(DB_PASS)}\n",
            "        handler: index.handler\n        codeUri: ./code\n",
            "        timeout: ${file('./conf.yaml')}\n",
        ),
    );
    lab.write("conf.yaml", "CANARY\n");
    every_output(&dir, &lab, "s.yaml", &[]);
}

#[cfg(unix)]
#[test]
fn output_injection_through_names_and_values_is_inert() {
    let lab = Lab::new("inject");
    let dir = lab.proj();
    let evil = "d\n::error title=X::injected\u{1b}[2J\u{202e}";
    lab.write(
        &format!("{evil}/s.yaml"),
        &fn3(concat!(
            "      runtime: \"python3.10\\n::stop-commands::tok\\n##[error]legacy\\u001b]0;t\\u0007\"\n",
            "      \"key\\n::add-mask::x\": 1\n",
            "      description: \"\\u202e\\u2028\\u0085\\u009b31m\"\n",
            "      triggers:\n        - triggerName: \"t\\n::warning::w\"\n          triggerType: timer\n",
            "          triggerConfig:\n            cronExpression: \"0 0 * * * *\\n::group::g\"\n            enable: true\n",
        )),
    );
    every_output(&dir, &lab, evil, &[]);
    every_output(&dir, &lab, &format!("{evil}/s.yaml"), &[]);
    // Paths in fclint's own messages (stderr) and plan headers are written visibly too.
    let (code, _, err) = run(&dir, &lab, &["check", &format!("{evil}/missing.yaml")]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("d\\n::error title=X::injected\\u{1b}[2J"),
        "{err}"
    );
    assert_inert("a missing path", &err, &lab, false, false);
    lab.write("plain/s.yaml", &fn3("      runtime: python3.10\n"));
    let (_, out, _) = run(
        &dir,
        &lab,
        &["plan", &format!("{evil}/s.yaml"), "plain/s.yaml"],
    );
    assert!(
        out.starts_with("Plan of d\\n::error title=X::injected"),
        "{out}"
    );
    assert_inert("plan of two files", &out, &lab, false, false);
    // `plan --diff-git`: the same file at a revision of a real repository, changed since.
    let git = |args: &[&str]| {
        Command::new("git")
            .current_dir(&dir)
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    };
    std::fs::remove_dir_all(dir.join(".git")).unwrap();
    assert!(git(&["init", "-q"]), "git init");
    assert!(
        git(&["add", "-A"]) && git(&["commit", "-qm", "x"]),
        "git commit"
    );
    let file = format!("{evil}/s.yaml");
    let text = std::fs::read_to_string(dir.join(&file)).unwrap();
    std::fs::write(
        dir.join(&file),
        text.replace("enable: true", "enable: false"),
    )
    .unwrap();
    for fmt in ["human", "markdown", "json"] {
        let (code, out, err) = run(
            &dir,
            &lab,
            &["plan", "--diff-git", "HEAD", "-f", fmt, &file],
        );
        assert_eq!(code, 0, "{err}");
        assert_inert("plan --diff-git", &(out + &err), &lab, false, false);
    }
    // A value that starts a line: the YAML preview keeps it on its line, quoted.
    let (_, out, _) = run(
        &dir,
        &lab,
        &["preview", "-f", "yaml", &format!("{evil}/s.yaml")],
    );
    assert!(
        out.contains("runtime: \"python3.10\\n::stop-commands::tok\\n##\\u005b"),
        "{out}"
    );
}

/// Each bomb finishes with its finding (speed is measured by `scripts/bench.sh`, not here).
#[test]
fn bombs_end_with_their_finding() {
    let lab = Lab::new("bombs");
    let dir = lab.proj();
    let mut doubling = format!("{FC3}vars:\n  s0: ab\n");
    for i in 1..40 {
        doubling.push_str(&format!(
            "  s{i}: '${{vars.s{p}}}${{vars.s{p}}}'\n",
            p = i - 1
        ));
    }
    doubling.push_str(&format!(
        "resources:\n  fn:\n    component: fc3\n    props:\n{PROPS}      runtime: python3.10\n      description: ${{vars.s39}}\n"
    ));
    lab.write("doubling/s.yaml", &doubling);
    let mut dups = format!("{FC3}vars:\n");
    for i in 0..5000 {
        dups.push_str(&format!("  k: {i}\n"));
    }
    lab.write("dups/s.yaml", &dups);
    let mut alias = format!("{FC3}vars:\n  a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let p = i - 1;
        alias.push_str(&format!(
            "  a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    lab.write("alias/s.yaml", &alias);
    let big = "a".repeat(2 * 1024 * 1024);
    lab.write("bigfile/big.txt", &big);
    lab.write(
        "bigfile/s.yaml",
        &fn3("      runtime: python3.10\n      description: ${file('./big.txt')}\n"),
    );
    lab.write("manyrefs/inc.txt", &"b".repeat(900 * 1024));
    let mut refs = format!("{FC3}vars:\n  l:\n");
    for _ in 0..40 {
        refs.push_str("    - ${file('./inc.txt')}\n");
    }
    lab.write("manyrefs/s.yaml", &refs);
    let cases = [
        ("doubling/s.yaml", "[VR008]"),
        ("dups/s.yaml", "[SY006]"),
        ("alias/s.yaml", "[SY003]"),
        ("bigfile/s.yaml", "[VR003]"),
        ("manyrefs/s.yaml", "[VR008]"),
    ];
    #[cfg(unix)]
    {
        lab.write(
            "fifo/s.yaml",
            &fn3("      runtime: python3.10\n      description: ${file('./f')}\n"),
        );
        let st = Command::new("mkfifo").arg(dir.join("fifo/f")).status();
        assert!(st.map(|s| s.success()).unwrap_or(false), "mkfifo");
        let (code, out, _) = run(&dir, &lab, &["check", "-f", "concise", "fifo/s.yaml"]);
        assert_eq!(code, 1);
        assert!(
            out.contains("[VR003]") && out.contains("not a regular file"),
            "{out}"
        );
        let (code, _, err) = run(
            &dir,
            &lab,
            &["check", "--topics-json", "fifo/f", "fifo/s.yaml"],
        );
        assert_eq!(code, 2);
        assert!(err.contains("not a regular file"), "{err}");
    }
    for (target, code) in cases {
        let (exit, out, err) = run(&dir, &lab, &["check", "-f", "concise", target]);
        assert_eq!(exit, 1, "{target}: {err}");
        let last = out.lines().filter(|l| l.contains(code)).count();
        assert!(last >= 1, "{target} does not report {code}:\n{out}");
        for fmt in ["json", "sarif", "human"] {
            let (_, out, err) = run(
                &dir,
                &lab,
                &["check", "-f", fmt, "--color", "never", target],
            );
            assert!(out.contains(&code[1..6]), "{target} {fmt}");
            assert_inert(target, &(out + &err), &lab, false, false);
        }
    }
    // 4 999 duplicate keys and LD005: the first 1 000 findings, then SY006 with the rest.
    let (_, out, _) = run(&dir, &lab, &["check", "-f", "concise", "dups/s.yaml"]);
    assert_eq!(out.lines().count(), 1001, "1000 findings and SY006");
    assert_eq!(
        out.lines().last().unwrap_or(""),
        "dups/s.yaml:1004:3: error[SY006] fclint reports the first 1000 findings of a file; 4000 more from here on are not shown",
    );
}

#[test]
fn fclint_toml_is_bounded() {
    let lab = Lab::new("toml");
    let dir = lab.proj();
    lab.write("s.yaml", &fn3("      runtime: python3.10\n"));
    let mut toml = String::new();
    for i in 0..60_000 {
        toml.push_str(&format!("[[topic]]\ntopic = \"t{i}\"\npartitions = 3\n"));
    }
    lab.write("fclint.toml", &toml);
    let (code, _, err) = run(&dir, &lab, &["check", "s.yaml"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("the most fclint reads") || err.contains("more than fclint reads"),
        "{err}"
    );
    // `--topics-json` is bounded too, whatever it holds (a sparse file of 17 MiB here).
    let big = lab.base.join("topics.json");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(17 * 1024 * 1024)
        .unwrap();
    let (code, _, err) = run(
        &dir,
        &lab,
        &[
            "check",
            "--isolated",
            "--topics-json",
            big.to_str().unwrap(),
            "s.yaml",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--topics-json: cannot read"), "{err}");
    assert!(err.contains("more than fclint reads"), "{err}");
    // Under the cap, many topics and a quota of u64::MAX are fine (no false CP001).
    let mut toml = String::from("region_quota = 18446744073709551615\n");
    for i in 0..20_000 {
        toml.push_str(&format!("[[topic]]\ntopic = \"t{i}\"\npartitions = 3\n"));
    }
    lab.write("fclint.toml", &toml);
    let (code, out, err) = run(&dir, &lab, &["check", "-f", "concise", "s.yaml"]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn a_quota_of_u64_max_is_not_a_false_cp001() {
    let lab = Lab::new("quota");
    let cfg = lab.write("fclint.toml", "region_quota = 18446744073709551615\n");
    let fixture = "testdata/err/cp001_region_quota.yaml";
    let root = common::root();
    let (_, out, err) = run(&root, &lab, &["check", "-f", "concise", fixture]);
    assert!(
        out.contains("[CP001]"),
        "over the default quota of 100:\n{out}{err}"
    );
    let (code, out, err) = run(
        &root,
        &lab,
        &[
            "check",
            "--config",
            cfg.to_str().unwrap(),
            "-f",
            "concise",
            fixture,
        ],
    );
    assert!(!out.contains("[CP001]"), "{out}");
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn a_git_revision_is_never_an_option() {
    let lab = Lab::new("git");
    let dir = lab.proj();
    lab.write("s.yaml", &fn3("      runtime: python3.10\n"));
    for rev in ["--output=pwned", "-opwned"] {
        let (code, _, err) = run(
            &dir,
            &lab,
            &["plan", &format!("--diff-git={rev}"), "s.yaml"],
        );
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("is not a revision"), "{err}");
        assert!(!dir.join("pwned").exists(), "git wrote a file");
    }
    // Escaped in messages too.
    let (code, _, err) = run(&dir, &lab, &["plan", "--diff-git=x\n::error::y", "s.yaml"]);
    assert_eq!(code, 2);
    assert_inert("--diff-git message", &err, &lab, false, false);
}

/// What git prints on failure is not fclint's text: a `git` that writes an escape sequence and a
/// workflow command to its stderr reaches fclint's message escaped, on one line.
#[cfg(unix)]
#[test]
fn git_stderr_is_escaped() {
    use std::os::unix::fs::PermissionsExt;
    let lab = Lab::new("git-stderr");
    let dir = lab.proj();
    lab.write("s.yaml", &fn3("      runtime: python3.10\n"));
    let bin = lab.base.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let git = bin.join("git");
    std::fs::write(
        &git,
        "#!/bin/sh\nprintf 'fatal: bad \\033[2J\\033]0;title\\007 rev\\n::error::injected\\n##[error]legacy\\n' >&2\nexit 128\n",
    )
    .unwrap();
    std::fs::set_permissions(&git, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new(env!("CARGO_BIN_EXE_fclint"))
        .current_dir(&dir)
        .env("PATH", path)
        .env_remove("NO_COLOR")
        .args(["plan", "--diff-git=HEAD", "s.yaml"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_inert("git's stderr", &err, &lab, false, false);
    assert!(
        err.contains("fatal: bad \\u{1b}[2J\\u{1b}]0;title\\u{7} rev\\n::error::injected\\n"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn isolated_ignores_the_pull_requests_own_configuration() {
    let lab = Lab::new("isolated");
    let dir = lab.proj();
    let bad = fn3("      runtime: python3.10\n      timeout: 0\n");
    lab.write("a/s.yaml", &bad);
    lab.write("b/s.yaml", &bad);
    lab.write("c/s.yaml", &bad);
    lab.write(".gitignore", "a/\n");
    lab.write(".ignore", "b/\n");
    lab.write("c/fclint.toml", "[rules]\nignore = [\"ALL\"]\n");
    let (code, out, _) = run(&dir, &lab, &["check", "-f", "concise", "."]);
    assert_eq!(
        code, 0,
        "the PR hides its own files without --isolated:\n{out}"
    );
    let (code, out, _) = run(&dir, &lab, &["check", "--isolated", "-f", "concise", "."]);
    assert_eq!(code, 1);
    for f in ["a/s.yaml", "b/s.yaml", "c/s.yaml"] {
        assert!(
            out.contains(&format!("{f}:12:16: error[SC005]")),
            "{f}:\n{out}"
        );
    }
    // With a configuration from elsewhere (the base branch), and only that one.
    let base_cfg = lab.base.join("base-fclint.toml");
    std::fs::write(&base_cfg, "[rules]\nignore = [\"SC005\"]\n").unwrap();
    let (code, out, _) = run(
        &dir,
        &lab,
        &[
            "check",
            "--isolated",
            "--config",
            base_cfg.to_str().unwrap(),
            "-f",
            "concise",
            ".",
        ],
    );
    assert_eq!(code, 0, "{out}");
    // Files named explicitly are always checked.
    let (code, _, _) = run(&dir, &lab, &["check", "-f", "concise", "a/s.yaml"]);
    assert_eq!(code, 1);
}

// ---------------------------------------------------------------- the language server

/// A language client over stdio: every message the server sends is kept, to be checked.
struct Lsp {
    child: std::process::Child,
    stdin: std::process::ChildStdin,
    rx: std::sync::mpsc::Receiver<serde_json::Value>,
    next: i64,
    seen: Vec<serde_json::Value>,
}

impl Lsp {
    fn start(dir: &Path, lab: &Lab) -> Lsp {
        use std::io::{BufRead, Read};
        let mut c = Command::new(env!("CARGO_BIN_EXE_fclint"));
        c.current_dir(dir)
            .arg("lsp")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null());
        for n in CANARY_NAMES {
            c.env(n, &lab.env);
        }
        let mut child = c.spawn().unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut r = std::io::BufReader::new(stdout);
            loop {
                let mut len = 0usize;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length:") {
                        len = v.trim().parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; len];
                if r.read_exact(&mut body).is_err() {
                    return;
                }
                if let Ok(v) = serde_json::from_slice(&body) {
                    if tx.send(v).is_err() {
                        return;
                    }
                }
            }
        });
        let mut lsp = Lsp {
            child,
            stdin,
            rx,
            next: 0,
            seen: Vec::new(),
        };
        let root = format!("file://{}", dir.display());
        lsp.request(
            "initialize",
            serde_json::json!({"processId": null, "rootUri": root, "capabilities": {}}),
        );
        lsp.notify("initialized", serde_json::json!({}));
        lsp
    }

    fn send(&mut self, v: serde_json::Value) {
        use std::io::Write;
        let body = v.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: serde_json::Value) {
        self.send(serde_json::json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next message the server sends (kept in `seen`).
    fn recv(&mut self) -> serde_json::Value {
        let m = self
            .rx
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("the language server answers");
        self.seen.push(m.clone());
        m
    }

    fn request(&mut self, method: &str, params: serde_json::Value) -> serde_json::Value {
        self.next += 1;
        let id = self.next;
        self.send(
            serde_json::json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}),
        );
        loop {
            let m = self.recv();
            if m.get("id") == Some(&serde_json::json!(id)) && m.get("method").is_none() {
                return m.get("result").cloned().unwrap_or_default();
            }
        }
    }

    /// Open `path` and wait for its diagnostics.
    fn open(&mut self, path: &Path) -> String {
        let uri = format!("file://{}", path.display());
        let text = std::fs::read_to_string(path).unwrap();
        self.notify(
            "textDocument/didOpen",
            serde_json::json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}),
        );
        loop {
            let m = self.recv();
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return uri;
            }
        }
    }

    /// Every request a user's editor makes on the document: hover and definition everywhere
    /// (every third column of every line), inlay hints, symbols, completion at each line's
    /// end, code actions for the whole text.
    fn exercise(&mut self, path: &Path) {
        let uri = self.open(path);
        let text = std::fs::read_to_string(path).unwrap();
        let lines: Vec<&str> = text.split('\n').collect();
        let doc = serde_json::json!({ "uri": uri });
        let end = serde_json::json!({"line": lines.len(), "character": 0});
        for (l, line) in lines.iter().enumerate() {
            let width = line.encode_utf16().count();
            for c in (0..=width).step_by(3).chain([width]) {
                let pos = serde_json::json!({"line": l, "character": c});
                let p = serde_json::json!({"textDocument": doc, "position": pos});
                self.request("textDocument/hover", p.clone());
                self.request("textDocument/definition", p);
            }
            let p = serde_json::json!({"textDocument": doc, "position": {"line": l, "character": width}});
            self.request("textDocument/completion", p);
        }
        let whole = serde_json::json!({"start": {"line": 0, "character": 0}, "end": end});
        self.request(
            "textDocument/inlayHint",
            serde_json::json!({"textDocument": doc, "range": whole}),
        );
        self.request(
            "textDocument/documentSymbol",
            serde_json::json!({"textDocument": doc}),
        );
        self.request(
            "textDocument/codeAction",
            serde_json::json!({"textDocument": doc, "range": whole, "context": {"diagnostics": []}}),
        );
    }

    fn finish(mut self) -> Vec<serde_json::Value> {
        self.request("shutdown", serde_json::Value::Null);
        self.notify("exit", serde_json::Value::Null);
        let _ = self.child.wait();
        while let Ok(m) = self.rx.try_recv() {
            self.seen.push(m);
        }
        self.seen
    }
}

/// Every string of a JSON value, decoded.
fn strings<'v>(v: &'v serde_json::Value, out: &mut Vec<&'v str>) {
    match v {
        serde_json::Value::String(s) => out.push(s),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                out.push(k);
                strings(x, out);
            }
        }
        _ => {}
    }
}

/// What the server sends never holds the canary or a raw control character (ESC, bidi
/// overrides…), and never points the editor outside the project. (It goes to an editor, not to
/// a CI log: `::` and `##[` are not commands there.)
fn assert_lsp_inert(messages: &[serde_json::Value], lab: &Lab) {
    let proj = format!("file://{}/", lab.proj().display());
    let mut hovers = 0;
    for m in messages {
        if m.pointer("/result/contents/value").is_some() {
            hovers += 1;
        }
        let mut texts = Vec::new();
        strings(m, &mut texts);
        for t in texts {
            for canary in [&lab.canary, &lab.env] {
                assert!(!t.contains(canary.as_str()), "lsp: the canary is sent: {t}");
            }
            let raw = t
                .chars()
                .find(|c| fclint::inert::is_dangerous(*c) && *c != '\n' && *c != '\t');
            assert!(raw.is_none(), "lsp: raw {raw:?} in {t:?}");
            if t.starts_with("file://") {
                assert!(t.starts_with(&proj), "lsp points outside the project: {t}");
            }
        }
    }
    assert!(
        hovers > 10,
        "the language server hovered only {hovers} times"
    );
}

#[test]
fn the_language_server_never_shows_a_secret_or_an_outside_file() {
    let lab = Lab::new("lsp");
    let dir = lab.proj();
    // Values from the environment, `.env` and included files, used through vars, this,
    // resources, whole objects and interpolation, in knobs that get inlay hints and hovers.
    let values = lab.write(
        "values/s.yaml",
        concat!(
            "edition: 3.0.0\nname: app\n",
            "vars:\n  x: ${env('NAME')}\n  obj:\n    A: ${env('X')}\n",
            "  conf: ${json(file('./conf.json'))}\n",
            "resources:\n  fn:\n    component: fc3\n    props:\n",
            "      region: ${env('REGION')}\n",
            "      functionName: ${vars.x}\n",
            "      runtime: ${env('DB_PASS')}\n",
            "      handler: ${env('DOTENV_ONLY')}\n",
            "      code: ./code\n",
            "      timeout: ${env('TIMEOUT')}\n",
            "      memorySize: ${vars.conf.memory}\n",
            "      instanceConcurrency: ${env('T')}\n",
            "      description: prefix-${env('STAGE')}-suffix\n",
            "      role: ${file('./inside.txt')}\n",
            "      environmentVariables: ${vars.obj}\n",
            "      triggers:\n",
            "        - triggerName: ${this.props.functionName}\n",
            "          triggerType: eventbridge\n",
            "          triggerConfig:\n",
            "            triggerEnable: true\n",
            "            asyncInvocationType: false\n",
            "            eventSourceConfig:\n",
            "              eventSourceType: Kafka\n",
            "              eventSourceParameters:\n",
            "                sourceKafkaParameters:\n",
            "                  InstanceId: ${env('VALUE')}\n",
            "                  Topic: ${env('CONFIG')}\n",
            "                  ConsumerGroup: ${env('DOTENV_ONLY')}\n",
            "                  OffsetReset: latest\n",
            "            eventSinkConfig:\n              deliveryOption:\n",
            "                mode: event-streaming\n",
            "                concurrency: ${env('T')}\n",
            "            runOptions:\n              mode: event-streaming\n",
            "              maximumTasks: ${env('T')}\n",
            "              errorsTolerance: ALL\n",
            "              deadLetterQueue:\n                Arn: ${env('DB_PASS')}\n",
            "              batchWindow:\n                CountBasedWindow: ${env('T')}\n",
            "                TimeBasedWindow: ${env('T')}\n",
            "              retryStrategy:\n                PushRetryStrategy: ${env('STAGE')}\n",
            "  other:\n    component: fc3\n    props:\n",
            "      region: cn-hangzhou\n      functionName: other\n      runtime: python3.10\n",
            "      handler: index.handler\n      code: ./code\n",
            "      description: ${resources.fn.props.description}\n",
        ),
    );
    lab.write("values/.env", "DOTENV_ONLY=ENVCANARY\n");
    lab.write("values/inside.txt", "CANARY\n");
    lab.write("values/conf.json", "{\"memory\": \"CANARY\"}\n");
    // Files outside the project: never read, never a place to go to.
    let outside = lab.write(
        "outside/s.yaml",
        &format!(
            "extend: ../../outside.yaml\n{}",
            fn3(concat!(
                "      runtime: ${file('/proc/self/environ')}\n",
                "      description: ${file('../../outside.txt')}\n",
                "      role: ${file('/etc/passwd')}\n",
            ))
        ),
    );
    // Names and values that would inject.
    let inject = lab.write(
        "inject/s.yaml",
        &fn3(concat!(
            "      runtime: \"python3.10\\n::stop-commands::tok\\n##[error]legacy\\u001b]0;t\\u0007\"\n",
            "      \"key\\n::add-mask::x\\u001b[2J\": 1\n",
            "      description: \"\\u202e\\u2028\\u0085\\u009b31m\"\n",
            "      triggers:\n        - triggerName: \"t\\n::warning::w\\u001b[31m\"\n          triggerType: timer\n",
            "          triggerConfig:\n            cronExpression: \"0 0 * * * *\\n::group::g\"\n            enable: true\n",
        )),
    );
    let mut lsp = Lsp::start(&dir, &lab);
    for f in [&values, &outside, &inject] {
        lsp.exercise(f);
    }
    let messages = lsp.finish();
    assert_lsp_inert(&messages, &lab);
    // The findings the editor shows are `check`'s: VR009 for each read outside.
    let outside_uri = format!("file://{}", outside.display());
    let published = messages
        .iter()
        .rev()
        .find(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == outside_uri
        })
        .expect("diagnostics of the outside document");
    let vr009 = published["params"]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "VR009")
        .count();
    assert_eq!(vr009, 4, "{published}");
}

#[test]
fn numbers_that_are_not_numbers_are_findings_in_every_output() {
    let lab = Lab::new("numbers");
    let dir = lab.proj();
    let fields = [
        ("timeout", 12, 16, "an integer"),
        ("memorySize", 13, 19, "an integer"),
        ("cpu", 14, 12, "a number"),
        ("instanceConcurrency", 15, 28, "an integer"),
    ];
    for (i, value) in [".inf", "-.inf", ".nan", "1e400", "99999999999999999999999"]
        .iter()
        .enumerate()
    {
        let props: String = fields
            .iter()
            .map(|(k, ..)| format!("      {k}: {value}\n"))
            .collect();
        let file = format!("n{i}/s.yaml");
        lab.write(
            &file,
            &format!(
                "{FC3}resources:\n  fn:\n    component: fc3\n    props:\n{}      runtime: custom.debian10\n{props}      triggers:\n        - triggerName: kafka\n          triggerType: eventbridge\n          triggerConfig:\n            eventSourceConfig:\n              eventSourceType: Kafka\n              eventSourceParameters:\n                sourceKafkaParameters:\n                  InstanceId: i\n                  Topic: t\n                  ConsumerGroup: g\n                  OffsetReset: latest\n            eventSinkConfig:\n              deliveryOption:\n                concurrency: {value}\n            runOptions:\n              maximumTasks: {value}\n              errorsTolerance: ALL\n",
                PROPS
            ),
        );
        for (code, _) in every_output(&dir, &lab, &file, &[]) {
            assert!(code <= 1, "{file}");
        }
        let (code, out, _) = run(&dir, &lab, &["check", "-f", "concise", &file]);
        assert_eq!(code, 1, "{out}");
        let finite = !value.contains("inf") && !value.contains("nan");
        for (key, line, col, kind) in fields {
            let at = format!("{file}:{line}:{col}: error[");
            let expected = if finite {
                // Shown as written (never `1e23`), and out of range.
                format!("{at}SC005] `{key}` is {value}, above the maximum ")
            } else {
                format!("{at}SC001] `{key}` must be {kind}, found {value}, which is not a finite number\n")
            };
            assert!(out.contains(&expected), "{expected}\n{out}");
        }
        // No documented maximum for maximumTasks: out of range all the same.
        let tasks = if finite {
            format!("error[SC005] `runOptions.maximumTasks` is {value}, larger than any number FC takes")
        } else {
            format!("error[SC001] `runOptions.maximumTasks` must be an integer, found {value}")
        };
        assert!(out.contains(&tasks), "{tasks}\n{out}");
        assert!(!out.contains("1e23"), "{out}");
    }
}

/// The values document of [`values_from_the_environment_are_checked_but_never_shown`], in
/// the directory `dir` of the lab, with its `.env` and included files.
fn write_values_doc(lab: &Lab, dir: &str) -> PathBuf {
    lab.write(&format!("{dir}/.env"), "DOTENV_ONLY=ENVCANARY\n");
    lab.write(&format!("{dir}/inside.txt"), "CANARY\n");
    lab.write(
        &format!("{dir}/s.yaml"),
        &fn3(concat!(
            "      runtime: ${env('DB_PASS')}\n",
            "      description: pre-${env('STAGE')}-${env('DOTENV_ONLY')}\n",
            "      role: ${file('./inside.txt')}\n",
            "      timeout: ${env('TIMEOUT')}\n",
            "      triggers:\n",
            "        - triggerName: ${env('NAME')}\n",
            "          triggerType: eventbridge\n",
            "          triggerConfig:\n",
            "            eventSourceConfig:\n",
            "              eventSourceType: Kafka\n",
            "              eventSourceParameters:\n",
            "                sourceKafkaParameters:\n",
            "                  InstanceId: ${env('VALUE')}\n",
            "                  Topic: ${env('CONFIG')}\n",
            "                  ConsumerGroup: g\n",
        )),
    )
}

#[test]
fn stdin_output_files_and_init_keep_the_same_promises() {
    use std::io::Write;
    let lab = Lab::new("everyday");
    let dir = lab.proj();
    let file = write_values_doc(&lab, "app");
    let text = std::fs::read_to_string(&file).unwrap();
    // Standard input, named as the file (its .env and included files apply).
    for fmt in [
        "human",
        "json",
        "sarif",
        "github",
        "gitlab",
        "checkstyle",
        "rdjson",
    ] {
        let mut c = Command::new(env!("CARGO_BIN_EXE_fclint"));
        c.current_dir(&dir)
            .args(["check", "-", "--stdin-filename", "app/s.yaml", "-f", fmt])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        for n in CANARY_NAMES {
            c.env(n, &lab.env);
        }
        let mut child = c.spawn().unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.code().is_some_and(|c| c <= 1), "{fmt}");
        let all = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(
            all.contains("${env('TIMEOUT')}") || fmt == "checkstyle",
            "{fmt}: {all}"
        );
        assert_inert(
            &format!("check - -f {fmt}"),
            &all,
            &lab,
            fmt == "github",
            false,
        );
    }
    // A report written to a file (a CI artifact) is made inert and masked like stdout.
    for fmt in ["sarif", "gitlab", "checkstyle", "human", "rdjson"] {
        let out_file = lab.base.join(format!("report.{fmt}"));
        let (code, _, err) = run(
            &dir,
            &lab,
            &[
                "check",
                "app/s.yaml",
                "-f",
                fmt,
                "--output-file",
                out_file.to_str().unwrap(),
            ],
        );
        assert!(code <= 1, "{err}");
        let written = std::fs::read_to_string(&out_file).unwrap();
        assert!(!written.is_empty());
        assert_inert(
            &format!("--output-file -f {fmt}"),
            &written,
            &lab,
            false,
            false,
        );
    }
    // `fclint init` writes a fclint.toml from the file: never a value from the environment.
    let (code, out, err) = run(&dir, &lab, &["init", "app"]);
    assert_eq!(code, 0, "{out}{err}");
    let toml = std::fs::read_to_string(dir.join("app/fclint.toml")).unwrap();
    assert_inert("fclint init", &(toml + &out + &err), &lab, false, false);
}

// ---------------------------------------------------------------- Tencent Cloud SCF

#[test]
fn scf_serverless_yml_keeps_every_promise() {
    let lab = Lab::new("scf");
    let dir = lab.proj();
    // Values from the environment and `.env`, in parameters, names, interpolation, the
    // CreateTrigger request and a `${self:…}` chain.
    lab.write(
        "env/serverless.yml",
        concat!(
            "component: scf\nname: ${env:NAME}\napp: shop\n",
            "inputs:\n  name: fn-${env:STAGE}\n  region: ${env:REGION}\n  src: ./\n",
            "  memorySize: ${env.X}\n  timeout: ${env:TIMEOUT}\n",
            "  events:\n    - ckafka:\n        parameters:\n",
            "          name: ${env:VALUE}\n          topic: ${env:CONFIG}\n",
            "          maxMsgNum: ${env:DB_PASS}\n          offset: ${env:T}\n",
            "          retry: ${env.DOTENV_ONLY}\n          enable: true\n",
        ),
    );
    lab.write("env/.env", "DOTENV_ONLY=ENVCANARY\n");
    lab.write(
        "v1/serverless.yml",
        concat!(
            "service: s\nprovider:\n  name: tencent\n  region: ${env:REGION}\n",
            "custom:\n  topic: ${env:CONFIG}\n  both: ${self:custom.topic}-${env:NAME}\n",
            "plugins:\n  - serverless-tencent-scf\n",
            "functions:\n  f:\n    handler: index.main\n    events:\n      - ckafka:\n",
            "          name: ${env:VALUE}\n          topic: ${self:custom.both}\n",
            "          maxMsgNum: 100\n",
        ),
    );
    // Names that would inject, and a `.env` that links out of the project.
    lab.write(
        "inject/serverless.yml",
        concat!(
            "component: scf\nname: \"a\\n::error::x\\u001b[2J\"\ninputs:\n  name: \"f\\n::stop-commands::t\"\n",
            "  region: ap-guangzhou\n  src: ./\n",
            "  events:\n    - ckafka:\n        parameters:\n",
            "          name: \"ckafka\\n##[error]x\"\n          topic: \"t\\u202e\"\n          maxMsgNum: 100\n",
        ),
    );
    #[cfg(unix)]
    std::os::unix::fs::symlink(lab.base.join("outside.txt"), dir.join("inject/.env")).unwrap();
    for target in [
        "env/serverless.yml",
        "v1/serverless.yml",
        "inject/serverless.yml",
    ] {
        every_output(&dir, &lab, target, &[]);
    }
    // From the environment: still checked, named by its expression.
    let (_, out, _) = run(
        &dir,
        &lab,
        &["check", "-f", "concise", "env/serverless.yml"],
    );
    assert!(
        out.contains("error[TC001] `maxMsgNum` (from `${env:DB_PASS}`) is not a whole number"),
        "{out}"
    );
    #[cfg(unix)]
    {
        let (_, out, _) = run(
            &dir,
            &lab,
            &["check", "-f", "concise", "inject/serverless.yml"],
        );
        assert!(out.contains("[VR009]"), "{out}");
    }
    // `preview` masks every value from the environment, whatever its name.
    let (_, masked, _) = run(&dir, &lab, &["preview", "env/serverless.yml"]);
    assert!(masked.contains("\"memorySize\": \"******\""), "{masked}");
    // The language server takes SCF buffers too.
    let mut lsp = Lsp::start(&dir, &lab);
    for f in [
        "env/serverless.yml",
        "v1/serverless.yml",
        "inject/serverless.yml",
    ] {
        lsp.exercise(&dir.join(f));
    }
    assert_lsp_inert(&lsp.finish(), &lab);
    // A `${self:…}` chain that doubles its text ends with VR008, quickly.
    let mut doubling = String::from(
        "service: s\nprovider:\n  name: tencent\nplugins:\n  - serverless-tencent-scf\ncustom:\n  s0: ab\n",
    );
    for i in 1..40 {
        doubling.push_str(&format!(
            "  s{i}: ${{self:custom.s{p}}}${{self:custom.s{p}}}\n",
            p = i - 1
        ));
    }
    doubling.push_str(
        "functions:\n  f:\n    handler: index.main\n    description: ${self:custom.s39}\n",
    );
    lab.write("doubling/serverless.yml", &doubling);
    let (code, out, err) = run(
        &dir,
        &lab,
        &["check", "-f", "concise", "doubling/serverless.yml"],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("[VR008]"), "{out}");
}
