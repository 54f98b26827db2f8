//! Parquet export (feature `parquet`): the flat table with typed columns.

use std::io::Write;
use std::sync::Arc;

use arrow_array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::db::Value;
use crate::error::{Error, Result};
use crate::schema::{Col, Ty};

/// Rows per record batch / row group.
const CHUNK: usize = 65_536;

/// Writes `rows` (values in `cols` order) as one Parquet file, Snappy-compressed.
pub fn write(cols: &[Col], rows: &[Vec<Value>], out: &mut (dyn Write + Send)) -> Result<()> {
    let fields: Vec<Field> = cols
        .iter()
        .map(|c| {
            let dt = match c.ty {
                Ty::Text => DataType::Utf8,
                Ty::Int => DataType::Int64,
                Ty::Real => DataType::Float64,
            };
            Field::new(c.name, dt, c.null)
        })
        .collect();
    let schema = Arc::new(Schema::new(fields));
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .build();
    let perr = |e: parquet::errors::ParquetError| Error::Parquet(e.to_string());
    let mut w = ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(perr)?;
    for chunk in rows.chunks(CHUNK) {
        let mut arrays: Vec<ArrayRef> = Vec::with_capacity(cols.len());
        for (i, c) in cols.iter().enumerate() {
            let cell = |r: &Vec<Value>| r.get(i).cloned().unwrap_or(Value::Null);
            let a: ArrayRef = match c.ty {
                Ty::Text => Arc::new(StringArray::from(
                    chunk
                        .iter()
                        .map(|r| match cell(r) {
                            Value::Null => None,
                            v => Some(v.render()),
                        })
                        .collect::<Vec<Option<String>>>(),
                )),
                Ty::Int => Arc::new(Int64Array::from(
                    chunk
                        .iter()
                        .map(|r| cell(r).as_i64())
                        .collect::<Vec<Option<i64>>>(),
                )),
                Ty::Real => Arc::new(Float64Array::from(
                    chunk
                        .iter()
                        .map(|r| match cell(r) {
                            Value::Real(f) => Some(f),
                            Value::Int(i) => Some(i as f64),
                            _ => None,
                        })
                        .collect::<Vec<Option<f64>>>(),
                )),
            };
            arrays.push(a);
        }
        let batch = RecordBatch::try_new(schema.clone(), arrays)
            .map_err(|e| Error::Parquet(e.to_string()))?;
        w.write(&batch).map_err(perr)?;
    }
    w.close().map_err(perr)?;
    Ok(())
}
