"""The committed model bundles have the layout the Tasks API and TFLite want."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from mediapipe.tasks.metadata import metadata_schema_py_generated as meta_fb
from mediapipe.tasks.metadata import schema_py_generated as tflite_fb

from postureapp.adapters.mediapipe_pose import (
    EMBEDDED_LITE_MODEL,
    EMBEDDED_LITE_MODEL_SHA256,
    EMBEDDED_MODEL,
    EMBEDDED_MODEL_SHA256,
)

BUNDLES = pytest.mark.parametrize(("bundle", "sha256"), [
    (EMBEDDED_MODEL, EMBEDDED_MODEL_SHA256), (EMBEDDED_LITE_MODEL, EMBEDDED_LITE_MODEL_SHA256),
], ids=["full", "lite"])

EXPECTED_NORMALISATION = {
    "pose_detector.tflite": (127.5, 127.5),
    "pose_landmarks_detector.tflite": (0.0, 255.0),
}


@BUNDLES
def test_bundle_matches_its_pinned_hash(bundle: Path, sha256: str) -> None:
    assert hashlib.sha256(bundle.read_bytes()).hexdigest() == sha256


@BUNDLES
def test_members_are_stored_and_aligned(bundle: Path, sha256: str) -> None:
    with zipfile.ZipFile(bundle) as archive:
        infos = archive.infolist()
        assert sorted(i.filename for i in infos) == sorted(EXPECTED_NORMALISATION)
        for info in infos:
            assert info.compress_type == zipfile.ZIP_STORED
            header = bundle.read_bytes()[info.header_offset:info.header_offset + 30]
            name_len = int.from_bytes(header[26:28], "little")
            extra_len = int.from_bytes(header[28:30], "little")
            data_offset = info.header_offset + 30 + name_len + extra_len
            assert data_offset % 64 == 0


@BUNDLES
def test_each_model_declares_its_image_normalisation(bundle: Path, sha256: str) -> None:
    with zipfile.ZipFile(bundle) as archive:
        for name, (mean, std) in EXPECTED_NORMALISATION.items():
            model = tflite_fb.Model.GetRootAsModel(archive.read(name), 0)
            entries = {model.Metadata(i).Name(): model.Metadata(i).Buffer()
                       for i in range(model.MetadataLength())}
            buffer = model.Buffers(entries[b"TFLITE_METADATA"]).DataAsNumpy().tobytes()
            metadata = meta_fb.ModelMetadataT.InitFromObj(
                meta_fb.ModelMetadata.GetRootAsModelMetadata(buffer, 0))
            image = metadata.subgraphMetadata[0].inputTensorMetadata[0]
            options = image.processUnits[0].options
            assert (list(options.mean), list(options.std)) == ([mean], [std])
            assert image.content.contentProperties.colorSpace == meta_fb.ColorSpaceType.RGB
