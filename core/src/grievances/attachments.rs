//! Photos and PDFs attached to a grievance by its author (or, as the evidence of a report
//! on a commitment, by the side that reports). The type is read from the content
//! (magic bytes), never from the name or the browser's claim; the size and count are
//! limited. Files are stored under a random id in a directory the server owns; they are
//! written (and synced) before the database row that makes them visible, so an accepted
//! attachment is never lost and a failed one leaves no row.

use crate::error::{Error, FieldError};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::accounts::tokens;
use crate::actor::{Act, Actor};
use crate::db::Db;
use crate::error::DbError;
use crate::grievances::read;
use crate::grievances::terms::Privacy;
use crate::models::Grievance;
use crate::schema::{attachments, grievances};

pub const MAX_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_PER_GRIEVANCE: i64 = 5;
const ALLOWED: [&str; 4] = ["image/jpeg", "image/png", "image/webp", "application/pdf"];

/// A file as it came with a form.
#[derive(Debug, Clone)]
pub struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, Queryable)]
pub struct Attachment {
    pub id: String,
    pub grievance_id: i64,
    pub media_type: String,
    pub size: i64,
    pub sha256: String,
    pub original_name: String,
    pub created_at: NaiveDateTime,
    /// The commitment whose report this file is evidence for.
    pub commitment_id: Option<i64>,
}

/// Files may be added while the grievance can still move; a withdrawn one is over.
pub fn takes_attachments(status: crate::grievances::terms::Status) -> bool {
    !status.next().is_empty()
}

/// The media type read from the content, if it is one Kenes accepts.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    let kind = infer::get(bytes)?.mime_type();
    ALLOWED.iter().copied().find(|m| *m == kind)
}

/// A display name without paths or control characters.
fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base.chars().filter(|c| !c.is_control()).take(100).collect();
    if cleaned.trim().is_empty() {
        "file".into()
    } else {
        cleaned
    }
}

fn path_of(dir: &Path, id: &str) -> PathBuf {
    dir.join(id)
}

/// Checks files (empty file inputs are skipped) against the limits, given how many the
/// grievance has already; returns each with its media type.
pub fn check(
    uploads: &[Upload],
    existing: i64,
) -> Result<Vec<(&Upload, &'static str)>, FieldError> {
    let error = |code| FieldError::new("file", code);
    let uploads: Vec<&Upload> = uploads.iter().filter(|u| !u.bytes.is_empty()).collect();
    if existing + uploads.len() as i64 > MAX_PER_GRIEVANCE {
        return Err(error("too-many"));
    }
    uploads
        .into_iter()
        .map(|u| {
            if u.bytes.len() > MAX_BYTES {
                return Err(error("too-big"));
            }
            sniff(&u.bytes).map(|t| (u, t)).ok_or(error("type"))
        })
        .collect()
}

/// Adds the author's files to their grievance. Everything is checked first; nothing is
/// stored unless every file passes.
pub fn add(
    conn: &mut Db,
    dir: &Path,
    code: &str,
    act: Act,
    uploads: &[Upload],
) -> Result<usize, Error> {
    let g = read::find(conn, code)?;
    Error::forbidden_unless(act.actor.is_author(&g) && takes_attachments(g.status))?;
    let existing: i64 = attachments::table
        .filter(attachments::grievance_id.eq(g.id))
        .count()
        .get_result(conn)?;
    let checked = check(uploads, existing).map_err(|e| Error::Invalid(vec![e]))?;
    if checked.is_empty() {
        return Err(Error::invalid("file", "required"));
    }
    let stored = store(dir, &checked)?;
    let recorded = crate::db::write_transaction(conn, |conn| {
        record(conn, g.id, &stored, act.now).map_err(Error::from)
    });
    if recorded.is_err() {
        discard(dir, &stored);
    }
    recorded.map(|_| stored.len())
}

/// A file written to the attachment directory and not yet (or not only) a row: a guest's
/// photo waits with the filing until the address is confirmed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Stored {
    pub id: String,
    pub media_type: String,
    pub size: i64,
    pub sha256: String,
    pub name: String,
}

/// Writes checked files under new ids, each synced before the next, so that a row made
/// afterwards never points at a file that is not there. On failure nothing stays.
pub fn store(dir: &Path, checked: &[(&Upload, &'static str)]) -> Result<Vec<Stored>, DbError> {
    std::fs::create_dir_all(dir).map_err(|e| DbError::Io(dir.display().to_string(), e))?;
    let mut stored = Vec::new();
    for (u, media_type) in checked {
        let id = tokens::new_id();
        let path = path_of(dir, &id);
        let written = std::fs::File::create_new(&path).and_then(|mut file| {
            file.write_all(&u.bytes)?;
            file.sync_all()
        });
        if let Err(e) = written {
            let _ = std::fs::remove_file(&path);
            discard(dir, &stored);
            return Err(DbError::Io(path.display().to_string(), e));
        }
        stored.push(Stored {
            id,
            media_type: (*media_type).to_owned(),
            size: u.bytes.len() as i64,
            sha256: format!("{:x}", Sha256::digest(&u.bytes)),
            name: clean_name(&u.name),
        });
    }
    Ok(stored)
}

/// The rows that attach stored files to a grievance (in the caller's transaction).
pub fn record(
    conn: &mut Db,
    grievance_id: i64,
    files: &[Stored],
    now: NaiveDateTime,
) -> Result<(), DbError> {
    record_for(conn, grievance_id, None, files, now)
}

/// As [`record`], the files being the evidence of a report on `commitment`.
pub fn record_for(
    conn: &mut Db,
    grievance_id: i64,
    commitment: Option<i64>,
    files: &[Stored],
    now: NaiveDateTime,
) -> Result<(), DbError> {
    crate::insert_all!(
        conn,
        attachments,
        files.iter().map(|f| {
            (
                attachments::id.eq(&f.id),
                attachments::grievance_id.eq(grievance_id),
                attachments::media_type.eq(&f.media_type),
                attachments::size.eq(f.size),
                attachments::sha256.eq(&f.sha256),
                attachments::original_name.eq(&f.name),
                attachments::created_at.eq(now),
                attachments::commitment_id.eq(commitment),
            )
        })
    )?;
    Ok(())
}

/// Removes stored files that will not be attached (their write was refused or failed).
pub fn discard(dir: &Path, files: &[Stored]) {
    for f in files {
        let _ = std::fs::remove_file(path_of(dir, &f.id));
    }
}

/// Attachments of a grievance, oldest first.
pub fn list(conn: &mut Db, grievance_id: i64) -> Result<Vec<Attachment>, DbError> {
    Ok(attachments::table
        .filter(attachments::grievance_id.eq(grievance_id))
        .order((attachments::created_at, attachments::id))
        .load(conn)?)
}

/// Who may see a grievance's attachments: everyone for a public grievance with the name
/// shown; otherwise (a photo can reveal who filed) the author and the staff who may read it.
pub fn visible(g: &Grievance, viewer: Option<&Actor>) -> bool {
    g.privacy == Privacy::Public
        || viewer
            .is_some_and(|a| a.is_author(g) || crate::grievances::access::may_read(&a.grants, g))
}

/// An attachment and its bytes, if the viewer may see it.
pub fn open(
    conn: &mut Db,
    dir: &Path,
    id: &str,
    viewer: Option<&Actor>,
) -> Result<(Attachment, Vec<u8>), Error> {
    let found: Option<(Attachment, Grievance)> = attachments::table
        .inner_join(grievances::table)
        .filter(attachments::id.eq(id))
        .first(conn)
        .optional()?;
    let Some((a, _)) = found.filter(|(_, g)| visible(g, viewer)) else {
        return Err(Error::NotFound);
    };
    let path = path_of(dir, &a.id);
    let bytes = std::fs::read(&path).map_err(|e| DbError::Io(path.display().to_string(), e))?;
    Ok((a, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_content() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(sniff(png), Some("image/png"));
        assert_eq!(sniff(b"%PDF-1.7\n%\xe2\xe3"), Some("application/pdf"));
        assert_eq!(sniff(b"\xff\xd8\xff\xe0\0\x10JFIF"), Some("image/jpeg"));
        assert_eq!(sniff(b"<html><script>alert(1)</script>"), None);
        assert_eq!(
            sniff(b"MZ\x90\0\x03\0\0\0"),
            None,
            "executables are refused"
        );
        assert_eq!(sniff(b"GIF89a"), None, "only the listed types");
    }

    #[test]
    fn names_lose_their_paths() {
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("C:\\Users\\a\\photo.jpg"), "photo.jpg");
        assert_eq!(clean_name("a\u{0}b\nc.png"), "abc.png");
        assert_eq!(clean_name(""), "file");
    }
}
