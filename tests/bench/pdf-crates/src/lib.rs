//! The same one-page PDF (Helvetica, WinAnsi, an info dictionary, one text line per input
//! byte run) written with each candidate, to measure what each adds to a wasm module.
use std::alloc::{alloc, Layout};

fn out(v: Vec<u8>) -> *mut u8 {
    let len = v.len();
    let b = v.into_boxed_slice();
    let p = Box::into_raw(b) as *mut u8;
    unsafe { *(p as *mut u32) = len as u32; }
    p
}

#[no_mangle]
pub extern "C" fn buf(n: usize) -> *mut u8 { unsafe { alloc(Layout::from_size_align(n.max(1), 1).unwrap()) } }

#[cfg(feature = "pw")]
#[no_mangle]
pub extern "C" fn make(p: *const u8, n: usize) -> *mut u8 {
    use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr, Date};
    let text = unsafe { std::slice::from_raw_parts(p, n) };
    let mut pdf = Pdf::new();
    let (cat, tree, page, font, content, info) = (Ref::new(1), Ref::new(2), Ref::new(3), Ref::new(4), Ref::new(5), Ref::new(6));
    pdf.catalog(cat).pages(tree);
    pdf.pages(tree).kids([page]).count(1);
    let mut pg = pdf.page(page);
    pg.media_box(Rect::new(0.0, 0.0, 595.28, 841.89)).parent(tree).contents(content);
    pg.resources().fonts().pair(Name(b"F1"), font);
    pg.finish();
    pdf.type1_font(font).base_font(Name(b"Helvetica")).encoding_predefined(Name(b"WinAnsiEncoding"));
    let mut c = Content::new();
    for (i, line) in text.split(|b| *b == b'\n').enumerate() {
        c.begin_text().set_font(Name(b"F1"), 10.0).next_line(56.0, 800.0 - 12.0 * i as f32).show(Str(line)).end_text();
    }
    pdf.stream(content, &c.finish());
    pdf.document_info(info).title(TextStr("Titre")).author(TextStr("Auteur")).creation_date(Date::new(2026).month(11).day(22));
    out(pdf.finish())
}

#[cfg(feature = "lo")]
#[no_mangle]
pub extern "C" fn make(p: *const u8, n: usize) -> *mut u8 {
    use lopdf::content::{Content, Operation};
    use lopdf::{dictionary, Document, Object, Stream, StringFormat};
    let text = unsafe { std::slice::from_raw_parts(p, n) };
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding" });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut ops = vec![];
    for (i, line) in text.split(|b| *b == b'\n').enumerate() {
        ops.push(Operation::new("BT", vec![]));
        ops.push(Operation::new("Tf", vec!["F1".into(), 10.into()]));
        ops.push(Operation::new("Td", vec![56.into(), (800 - 12 * i as i64).into()]));
        ops.push(Operation::new("Tj", vec![Object::String(line.to_vec(), StringFormat::Literal)]));
        ops.push(Operation::new("ET", vec![]));
    }
    let content = Content { operations: ops };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
    let page_id = doc.add_object(dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content_id });
    doc.objects.insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1, "Resources" => resources_id, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()] }));
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    let info_id = doc.add_object(dictionary! { "Title" => Object::string_literal("Titre"), "Author" => Object::string_literal("Auteur"), "CreationDate" => Object::string_literal("D:20261122000000Z") });
    doc.trailer.set("Root", catalog_id);
    doc.trailer.set("Info", info_id);
    let mut v = Vec::new();
    doc.save_to(&mut v).unwrap();
    out(v)
}

#[cfg(feature = "hand")]
#[path = "../../../../src/pdf/writer.rs"]
#[allow(dead_code)]
mod writer;

#[cfg(feature = "hand")]
#[no_mangle]
pub extern "C" fn make(p: *const u8, n: usize) -> *mut u8 {
    use writer::{hex_bytes, num, text_string, Writer};
    let text = unsafe { std::slice::from_raw_parts(p, n) };
    let mut w = Writer::new();
    w.object(b"<</Type /Catalog /Pages 2 0 R>>");
    w.object(b"<</Type /Pages /Kids [5 0 R] /Count 1>>");
    w.object(b"<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>");
    let mut info = b"<</Title ".to_vec();
    text_string(&mut info, "Titre");
    info.extend_from_slice(b" /Author ");
    text_string(&mut info, "Auteur");
    info.extend_from_slice(b" /CreationDate (D:20261122)>>");
    w.object(&info);
    w.object(b"<</Type /Page /Parent 2 0 R /MediaBox [0 0 595.276 841.89] /Resources <</Font <</F1 3 0 R>>>> /Contents 6 0 R>>");
    let mut c = Vec::new();
    for (i, line) in text.split(|b| *b == b'\n').enumerate() {
        c.extend_from_slice(b"BT /F1 10 Tf ");
        num(&mut c, 56_693);
        c.push(b' ');
        num(&mut c, 800_000 - 12_000 * i as i64);
        c.extend_from_slice(b" Td ");
        hex_bytes(&mut c, line);
        c.extend_from_slice(b" Tj ET\n");
    }
    w.stream("", &c);
    out(w.finish(1, 4))
}
