# ruff: noqa: E501 (XML bodies keep the real one-line serialization)
"""Small response bodies with the real APIs' shapes, field for field, written from the recorded
bodies in ../shared/data/api-samples/ (see SOURCES.md there). Field names, order, value types
and quirks are the real ones (bioRxiv `version` as a string, listing `count` an int but `total`
a string, `published: "NA"`, Crossref's JATS abstracts and date-parts, OpenAlex's inverted-index
abstract); the values are ours. test_api_fixtures.py checks the shapes against the recordings
when they are present."""

from __future__ import annotations

from typing import Any

# ---------------------------------------------------------------- bioRxiv / medRxiv details


def rxiv_item(
    doi: str,
    version: int,
    title: str,
    abstract: str,
    date: str,
    *,
    category: str = "bioinformatics",
    published: str = "NA",
    server: str = "bioRxiv",
    type_: str = "new results",
    authors: str = "Lovelace, A.; Turing, A. M.",
) -> dict[str, Any]:
    host = "www.medrxiv.org" if server == "medRxiv" else "www.biorxiv.org"
    suffix = doi.split("/", 1)[1]
    return {
        "title": title,
        "authors": authors,
        "author_corresponding": "Ada  Lovelace",
        "author_corresponding_institution": "Analytical Engine Institute",
        "doi": doi,
        "date": date,
        "version": str(version),
        "type": type_,
        "license": "cc_by",
        "category": category,
        "jatsxml": f"https://{host}/content/early/{date.replace('-', '/')}/{suffix}.source.xml",
        "abstract": abstract,
        "funder": "NA",
        "published": published,
        "server": server,
    }


def rxiv_doi_body(items: list[dict[str, Any]]) -> dict[str, Any]:
    """details/{server}/{doi}: one record per version; no count or total in messages."""
    return {"messages": [{"status": "ok", "category": "all"}], "collection": items}


def rxiv_listing_body(
    items: list[dict[str, Any]], interval: str, cursor: int, count: int, total: int
) -> dict[str, Any]:
    """details/{server}/{from}/{to}/{cursor}: `count` may claim more than the collection holds."""
    return {
        "messages": [
            {
                "status": "ok",
                "category": "all",
                "interval": interval,
                "funder": "all",
                "cursor": cursor,
                "count": count,
                "count_new_papers": str(total),
                "total": str(total),
            }
        ],
        "collection": items,
    }


#: HTTP 200 for an unknown DOI (transcribed in the recordings, not captured)
RXIV_NOT_FOUND = '{"messages":[{"status":"no posts found"}],"collection":[]}'

# ---------------------------------------------------------------- Crossref


def _parts(y: int, m: int = 1, d: int = 1) -> dict[str, Any]:
    return {"date-parts": [[y, m, d]]}


def crossref_work(
    doi: str,
    title: str,
    *,
    abstract: str | None = None,
    year: int = 2025,
    container: str | None = "Nature Methods",
    preprint_of: str | None = None,
    has_preprint: str | None = None,
    pdf_url: str | None = None,
    open_license: bool = True,
    posted_at: str | None = None,
) -> dict[str, Any]:
    """/works/{doi}: a journal-article, or (posted_at='bioRxiv') a posted-content preprint."""
    relation: dict[str, Any] = {}
    if preprint_of:
        relation["is-preprint-of"] = [
            {"id-type": "doi", "id": preprint_of, "asserted-by": "subject"}
        ]
    if has_preprint:
        relation["has-preprint"] = [{"id-type": "doi", "id": has_preprint, "asserted-by": "object"}]
    link = [
        {
            "URL": f"https://example.org/{doi}",
            "content-type": "unspecified",
            "content-version": "vor",
            "intended-application": "similarity-checking",
        }
    ]
    if pdf_url:
        link.insert(
            0,
            {
                "URL": pdf_url,
                "content-type": "application/pdf",
                "content-version": "vor",
                "intended-application": "text-mining",
            },
        )
    lic = (
        "http://creativecommons.org/licenses/by/4.0/"
        if open_license
        else ("https://www.elsevier.com/tdm/userlicense/1.0/")
    )
    msg: dict[str, Any] = {}
    if posted_at:
        msg["institution"] = [{"name": posted_at}]
    msg.update(
        {
            "indexed": {
                "date-parts": [[2026, 5, 12]],
                "date-time": "2026-05-12T08:09:16Z",
                "timestamp": 1778573356120,
                "version": "3.51.4",
            },
            "reference-count": 27,
            "publisher": "openRxiv" if posted_at else "Springer Science and Business Media LLC",
            "license": [
                {
                    "start": {
                        "date-parts": [[year, 2, 11]],
                        "date-time": f"{year}-02-11T00:00:00Z",
                        "timestamp": 1392076800000,
                    },
                    "content-version": "vor",
                    "delay-in-days": 0,
                    "URL": lic,
                }
            ],
            "content-domain": {"domain": [], "crossmark-restriction": False},
            "short-container-title": [],
            "abstract": abstract,
            "DOI": doi,
            "type": "posted-content" if posted_at else "journal-article",
            "created": {
                "date-parts": [[year, 2, 11]],
                "date-time": f"{year}-02-11T11:29:04Z",
                "timestamp": 1392118144000,
            },
            "source": "Crossref",
            "is-referenced-by-count": 3,
            "title": [title],
            "prefix": doi.split("/")[0],
            "author": [
                {
                    "given": "Ada",
                    "family": "Lovelace",
                    "sequence": "first",
                    "affiliation": [],
                    "role": [{"role": "author", "vocabulary": "crossref"}],
                },
                {
                    "given": "Alan M.",
                    "family": "Turing",
                    "sequence": "additional",
                    "affiliation": [],
                    "role": [{"role": "author", "vocabulary": "crossref"}],
                },
            ],
            "member": "246",
            "container-title": [] if posted_at or not container else [container],
            "original-title": [],
            "link": link,
            "deposited": {
                "date-parts": [[2026, 1, 15]],
                "date-time": "2026-01-15T01:06:13Z",
                "timestamp": 1768439173000,
            },
            "score": 1,
            "resource": {"primary": {"URL": f"https://example.org/lookup/doi/{doi}"}},
            "subtitle": [],
            "short-title": [],
            "issued": _parts(year, 2, 11),
            "references-count": 27,
            "URL": f"https://doi.org/{doi}",
            "relation": relation,
            "subject": [],
            "published": _parts(year, 2, 11),
        }
    )
    if abstract is None:
        del msg["abstract"]  # Crossref leaves the field out, it does not send null
    if posted_at:
        msg["posted"] = _parts(year, 2, 11)
        msg["group-title"] = "Bioinformatics"
        msg["subtype"] = "preprint"
    return {"status": "ok", "message-type": "work", "message-version": "1.0.0", "message": msg}


#: Crossref's 404: Content-Type text/plain, not JSON
CROSSREF_NOT_FOUND = "Resource not found."

# ---------------------------------------------------------------- OpenAlex


def inverted(text: str) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, w in enumerate(text.split()):
        index.setdefault(w, []).append(i)
    return index


def openalex_work(
    doi: str,
    title: str | None,
    abstract: str,
    *,
    pdf_url: str | None = None,
    pmid: str = "29456894",
    year: int = 2025,
    venue: str = "PeerJ",
    arxiv_landing: str | None = None,
) -> dict[str, Any]:
    loc = {
        "is_oa": pdf_url is not None,
        "landing_page_url": f"https://doi.org/{doi}",
        "pdf_url": pdf_url,
        "source": {
            "id": "https://openalex.org/S1983995261",
            "display_name": venue,
            "issn_l": "2167-8359",
            "issn": ["2167-8359"],
            "is_oa": True,
            "is_in_doaj": True,
            "is_core": True,
            "host_organization": "https://openalex.org/P4310320104",
            "host_organization_name": venue,
            "host_organization_lineage": ["https://openalex.org/P4310320104"],
            "host_organization_lineage_names": [venue],
            "type": "journal",
        },
        "license": "cc-by",
        "license_id": "https://openalex.org/licenses/cc-by",
        "version": "publishedVersion",
        "is_accepted": True,
        "is_published": True,
    }
    locations = [loc]
    if arxiv_landing:
        locations.append(
            {
                **loc,
                "is_oa": True,
                "landing_page_url": arxiv_landing,
                "pdf_url": None,
                "version": "submittedVersion",
            }
        )
    return {
        "id": "https://openalex.org/W2741809807",
        "doi": f"https://doi.org/{doi}",
        "title": title,
        "display_name": title,
        "publication_year": year,
        "publication_date": f"{year}-02-13",
        "ids": {
            "openalex": "https://openalex.org/W2741809807",
            "doi": f"https://doi.org/{doi}",
            "mag": "2741809807",
            "pmid": f"https://pubmed.ncbi.nlm.nih.gov/{pmid}",
            "pmcid": "https://www.ncbi.nlm.nih.gov/pmc/articles/5815332",
        },
        "language": "en",
        "primary_location": loc,
        "type": "article",
        "open_access": {
            "is_oa": pdf_url is not None,
            "oa_status": "gold" if pdf_url else "closed",
            "oa_url": pdf_url,
            "any_repository_has_fulltext": pdf_url is not None,
        },
        "authorships": [
            {
                "author_position": "first",
                "author": {
                    "id": "https://openalex.org/A5048491430",
                    "display_name": "Ada Lovelace",
                    "orcid": None,
                },
                "institutions": [],
                "countries": [],
                "is_corresponding": False,
                "raw_author_name": "Ada Lovelace",
                "raw_affiliation_strings": [],
                "affiliations": [],
            }
        ],
        "locations_count": len(locations),
        "locations": locations,
        "best_oa_location": loc if pdf_url else None,
        "abstract_inverted_index": inverted(abstract),
        "updated_date": "2026-03-02T05:12:45.000000",
        "created_date": "2025-10-10T00:00:00",
    }


# ---------------------------------------------------------------- arXiv Atom (2026 serialization)

ATOM_HEAD = """<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/api/28urs9lxk7btByY9ps1yhz0MOJ0</id>
  <title>arXiv Query: search_query={query}&amp;id_list=&amp;start={start}&amp;max_results={per_page}</title>
  <updated>2026-02-01T17:54:18Z</updated>
  <link href="https://arxiv.org/api/query?search_query=x&amp;start={start}&amp;max_results={per_page}&amp;id_list=" type="application/atom+xml"/>
  <opensearch:itemsPerPage>{per_page}</opensearch:itemsPerPage>
  <opensearch:totalResults>{total}</opensearch:totalResults>
  <opensearch:startIndex>{start}</opensearch:startIndex>
"""
ATOM_ENTRY = """  <entry>
    <id>http://arxiv.org/abs/{id}{v}</id>
    <title>{title}</title>
    <updated>{date}T23:38:34Z</updated>
    <link href="https://arxiv.org/abs/{id}{v}" rel="alternate" type="text/html"/>
    <link href="https://arxiv.org/pdf/{id}{v}" rel="related" type="application/pdf" title="pdf"/>
    <summary>{abstract}</summary>
    <category term="q-bio.GN" scheme="http://arxiv.org/schemas/atom"/>
    <published>{date}T18:59:59Z</published>
    <arxiv:comment>12 pages</arxiv:comment>
    <arxiv:primary_category term="q-bio.GN"/>
    <author>
      <name>Ada Lovelace</name>
    </author>
  </entry>
"""


def atom_feed(
    entries: list[dict[str, str]], total: int | None = None, start: int = 0, per_page: int = 50
) -> str:
    head = ATOM_HEAD.format(
        query="x", start=start, per_page=per_page, total=len(entries) if total is None else total
    )
    body = "".join(ATOM_ENTRY.format(**{"v": "v1", **e}) for e in entries)
    return head + body + "</feed>\n"


ATOM_ERROR = """<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/</id>
  <title>arXiv Search Results</title>
  <updated>2026-04-12T22:59:06Z</updated>
  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>
  <opensearch:totalResults>1</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  <entry>
    <id>https://arxiv.org/api/errors#incorrect_id_format_for_abc</id>
    <title>Error</title>
    <updated>2026-04-12T22:59:06Z</updated>
    <link href="https://arxiv.org/api/errors#incorrect_id_format_for_abc" rel="alternate" type="text/html"/>
    <summary>incorrect id format for abc</summary>
    <author>
      <name>arXiv api core</name>
    </author>
  </entry>
</feed>
"""
