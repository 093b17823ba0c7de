//! Bytes → decode → parse_input (every format) → split, with invariants on success.
#![no_main]

use std::collections::HashSet;

use chancery::dispatch::{decode, parse_input, Format};
use chancery::DocKind;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode(data) else {
        return;
    };
    assert!(!text.trim().is_empty(), "decode returned blank text");
    assert!(!text.contains('\0'), "decode let a NUL through");
    for format in [Format::Wire, Format::Json, Format::JsonLines] {
        for (line, result) in parse_input(text, format) {
            assert!(line >= 1, "line numbers are 1-based");
            let Ok(dispatch) = result else { continue };
            assert!(!dispatch.article_id.is_empty(), "empty article_id");
            let again = parse_input(text, format);
            assert!(again.iter().any(|(l, r)| *l == line
                && r.as_ref().is_ok_and(|d| d.article_id == dispatch.article_id)),
                "parsing is not deterministic");
            let docs = chancery::split(&dispatch);
            let mut ids = HashSet::new();
            let (mut paragraphs, mut profiles) = (0u32, 0u32);
            for doc in &docs {
                assert!(ids.insert(doc.id.clone()), "duplicate id {}", doc.id);
                assert_eq!(doc.article_id, dispatch.article_id);
                let next = match doc.kind {
                    DocKind::Paragraph => &mut paragraphs,
                    DocKind::Profile => &mut profiles,
                };
                assert_eq!(doc.position, *next, "positions not contiguous");
                *next += 1;
            }
            assert_eq!(paragraphs as usize, dispatch.paragraphs.len(), "paragraph lost");
            assert_eq!(profiles as usize, dispatch.profiles.len(), "profile lost");
            let again = chancery::split(&dispatch);
            assert_eq!(
                docs.iter().map(|d| (&d.id, &d.text, &d.speakers)).collect::<Vec<_>>(),
                again.iter().map(|d| (&d.id, &d.text, &d.speakers)).collect::<Vec<_>>(),
                "split is not deterministic"
            );
        }
    }
});
