//! The `annotate` command: inputs, formats, errors and exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("annotate runs");
    // The command may exit before reading (a missing file): ignore a broken pipe.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn one_article_from_stdin_as_json() {
    let o = run(&["--lang", "fr", "--date", "2024-05-02"], "Le conseil s’est réuni à Brest.".as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc["lang"], "fr");
    assert_eq!(doc["dct"], "2024-05-02");
    assert!(doc["entities"].is_array() && doc["timexes"].is_array() && doc["quotes"].is_array());
}

#[test]
fn text_format_is_readable() {
    let o = run(&["--format", "text", "-"], b"The board met in Leeds on Tuesday.");
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("language: en"), "{out}");
    assert!(out.contains("quotes ("), "{out}");
}

#[test]
fn jsonl_keeps_order_and_skips_bad_lines() {
    let input = concat!(
        r#"{"id": "a", "text": "Premier texte en français, publié hier.", "dct": "2024-01-05"}"#, "\n",
        "not json\n",
        r#"{"id": "b"}"#, "\n",
        "\n",
        r#"{"id": 7, "text": "Second text, in English.", "lang": "en"}"#, "\n",
    );
    let o = run(&["--jsonl", "-"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1), "skipped lines make exit code 1");
    let lines: Vec<serde_json::Value> =
        String::from_utf8(o.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["dct"], "2024-01-05");
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["lang"], "en");
    let err = stderr(&o);
    assert!(err.contains(":2: not JSON"), "{err}");
    assert!(err.contains(":3: no \"text\""), "{err}");
}

#[test]
fn clear_errors_and_exit_codes() {
    let o = run(&["/no/such/file.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/no/such/file.txt"));

    let o = run(&[], &[0x66, 0xff, 0x66]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not valid UTF-8"), "{}", stderr(&o));

    let o = run(&["--date", "2024-02-30"], b"x");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad date"));

    let o = run(&["--lang", "xx"], b"x");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unsupported language"));

    let o = run(&["--frobnicate"], b"x");
    assert_eq!(o.status.code(), Some(2));

    let o = run(&["--help"], b"");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn jsonl_on_several_threads_keeps_input_order() {
    let mut input = String::new();
    for i in 0..500 {
        input.push_str(&format!("{{\"id\": {i}, \"text\": \"Texte numéro {i}, écrit à Lyon.\"}}\n"));
    }
    let o = run(&["--jsonl", "-", "--jobs", "3"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let ids: Vec<u64> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, (0..500).collect::<Vec<u64>>());
    let o = run(&["--jsonl", "-", "--jobs", "many"], b"");
    assert_eq!(o.status.code(), Some(2));
}
