//! Query text → build_query and search over a tiny index built once; only query or usage
//! errors are allowed.
#![no_main]

use std::sync::OnceLock;

use chancery::search::{build_query, search, Filters, SearchRequest};
use chancery::{Error, IndexOptions, NewsIndex};
use libfuzzer_sys::fuzz_target;

struct Fixture {
    _dir: tempfile::TempDir,
    index: NewsIndex,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/dispatches");
        let path = dir.path().join("idx");
        let options = IndexOptions {
            inputs: vec![corpus],
            ..IndexOptions::default()
        };
        chancery::index_inputs(&path, &options).expect("index the corpus");
        let index = NewsIndex::open(&path).expect("open");
        Fixture { _dir: dir, index }
    })
}

fuzz_target!(|query: &str| {
    let index = &fixture().index;
    match build_query(index, query, &Filters::default()) {
        Ok(_) | Err(Error::Query(_)) | Err(Error::Usage(_)) => {}
        Err(e) => panic!("build_query({query:?}): unexpected error {e}"),
    }
    let request = SearchRequest::new(query);
    match search(index, &request) {
        Ok(results) => assert!(results.hits.len() <= request.limit),
        Err(Error::Query(_)) | Err(Error::Usage(_)) => {}
        Err(e) => panic!("search({query:?}): unexpected error {e}"),
    }
});
