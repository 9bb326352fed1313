"""Build resources/stock (the gallery) from Debian's openclipart-svg package.

Committed so the gallery can be rebuilt exactly. Needs `cairosvg` (PyPI) and `dpkg-deb`:

    cd /tmp && apt-get download openclipart-svg
    .venv/bin/pip install cairosvg
    python tools/prepare_stock.py /tmp/openclipart-svg_*.deb   # add --no-check to skip the check

Each chosen drawing is rendered, trimmed to its subject, centred so it fits inside a round crop,
and laid on a soft single-colour background with a gentle glow and a light shadow. The pictures
are saved as small palette PNGs with no metadata. index.json and LICENCES.md are written beside
them. Only drawings whose own metadata dedicates them to the public domain are used, and at
the end SafePic's own check runs on every picture: none may show a face, words or a pet.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import cairosvg
import numpy as np
from PIL import Image, ImageFilter, ImageOps

SIZE = 512
OUT = Path(__file__).resolve().parent.parent / "resources" / "stock"
SVG_ROOT = "usr/share/openclipart/svg"
LICENCE = "Public domain"

# (id, kind, plain name, file under usr/share/openclipart/svg, background: a name from
# BACKGROUNDS, None to choose one, or "cover"/"cover-top" for a drawing that brings its own)
CHOICES: list[tuple[str, str, str, str, str | None]] = [
    # animals
    ("brown-bear", "animal", "Brown bear",
     "animals/mammals/bears/orso_architetto_francesc_01.svg", None),
    ("tiger-face", "animal", "Tiger face",
     "animals/mammals/big_cats/tiger_graig_ryan_smith_-_01.svg", None),
    ("grey-wolf", "animal", "Grey wolf", "animals/mammals/simple_stylized_wolf_he_01.svg", None),
    ("watchful-wolf", "animal", "Watchful wolf",
     "animals/mammals/stylized_wolf_head_geral_01.svg", None),
    ("woolly-sheep", "animal", "Woolly sheep",
     "animals/mammals/pecora_architetto_france_01.svg", None),
    ("little-pig", "animal", "Little pig", "animals/mammals/porcinet_01.svg", None),
    ("happy-monkey", "animal", "Happy monkey",
     "animals/mammals/happy_monkey_benji_park_01.svg", None),
    ("fluffy-kitten", "animal", "Fluffy kitten",
     "animals/mammals/housecats/kitten_gerald_g._01.svg", None),
    ("siamese-cat", "animal", "Siamese cat",
     "animals/mammals/housecats/gatto_cat_architetto_fra_04.svg", None),
    ("grey-cat", "animal", "Grey cat",
     "animals/mammals/housecats/gatto_cat_architetto_fra_03.svg", None),
    ("beagle", "animal", "Beagle", "animals/mammals/dogs/beagle_copper_ganson.svg", None),
    ("sleepy-dog", "animal", "Sleepy dog", "animals/mammals/dogs/bored_dog_01.svg", None),
    ("goat", "animal", "Cheerful goat", "animals/mammals/goat_nicu_buculei_01.svg", None),
    ("horse", "animal", "Proud horse",
     "animals/mammals/horses/cavallo_architetto_franc_04.svg", None),
    ("pony", "animal", "Pony", "animals/mammals/horses/cavallo_architetto_franc_05.svg", None),
    ("white-rabbit", "animal", "White rabbit",
     "animals/mammals/coniglio_architetto_fran_01.svg", None),
    ("reading-squirrel", "animal", "Reading squirrel",
     "animals/mammals/cartoon_squirrel_mike_sm1.svg", None),
    ("raccoon", "animal", "Curious raccoon", "animals/mammals/raccoon_ganson.svg", None),
    ("camel", "animal", "Camel", "animals/mammals/camel_head_01.svg", None),
    ("walrus", "animal", "Walrus", "animals/seal_sek_.svg", None),
    ("elephant", "animal", "Elephant", "animals/mammals/elefante01_architetto_fr_01.svg", None),
    ("rhino", "animal", "Rhino", "animals/mammals/rhinoceros_architetto_fr_01.svg", None),
    ("owl", "animal", "Wise owl", "animals/birds/gufo_civetta_architetto__01.svg", None),
    ("flamingo", "animal", "Pink flamingo", "animals/birds/flamand_jean-victor_bali_01.svg", None),
    ("rooster", "animal", "Rooster", "animals/birds/gallo_di_profilo_archite_01.svg", None),
    ("kangaroo", "animal", "Kangaroo", "animals/mammals/canguro_architetto_franc_01.svg", None),
    ("yellow-bird", "animal", "Little yellow bird",
     "animals/birds/bird_of_peace_mauro_oliv_01.svg", None),
    ("swan", "animal", "Swan", "animals/birds/cigno_di_spalle_architet_01.svg", None),
    ("ladybird", "animal", "Ladybird", "animals/bugs/coccinella_architetto_fr_01.svg", None),
    ("butterfly", "animal", "Peacock butterfly", "animals/bugs/farfalla_butterfly_fra1.svg", None),
    ("purple-butterfly", "animal", "Purple butterfly",
     "animals/bugs/butterfly_jonvdveen_01.svg", None),
    ("bee", "animal", "Busy bee", "animals/bugs/bee3_mimooh_01.svg", None),
    ("snail", "animal", "Snail", "animals/bugs/lumaca_architetto_france_01.svg", None),
    ("frog", "animal", "Green frog", "animals/rana02_architetto_france_01.svg", None),
    ("puffer-fish", "animal", "Puffer fish", "animals/fish/bofish_massimo_aiello_r.svg", None),
    ("angelfish", "animal", "Angelfish", "animals/fish/altum_angelfish_01.svg", None),
    ("yellow-fish", "animal", "Yellow fish", "animals/fish/yellow_gourami_01.svg", None),
    ("seahorse", "animal", "Seahorse", "animals/fish/seahorse.svg", None),
    ("dolphin", "animal", "Dolphin", "animals/fish/dolphin.svg", None),
    ("dinosaur", "animal", "Friendly dinosaur",
     "animals/dinosaurs/dinosauro_architetto_fra_01.svg", None),
    ("lion", "animal", "Lion", "animals/mammals/big_cats/leone_01_architetto_fran_01.svg", None),
    ("pink-pig", "animal", "Pink pig", "animals/mammals/pig_marcelo_caiafa1.svg", None),
    # flowers
    ("cherry-blossom", "flower", "Cherry blossom", "decorations/sakura_01.svg", None),
    ("pale-blossom", "flower", "Pale blossom", "plants/flowers/sakura_dave_pena_01.svg", None),
    ("daffodil", "flower", "Daffodil", "plants/flowers/daffodil_jonathan_dietri_01.svg", None),
    ("trumpet-daffodil", "flower", "Trumpet daffodil",
     "plants/flowers/daffodil_susan_park_01.svg", None),
    ("daisy", "flower", "Daisy", "plants/flowers/daisy_jonathan_dietrich_01.svg", None),
    ("dream-flower", "flower", "Dream flower",
     "plants/flowers/dream_flower_janet_theob_01.svg", None),
    ("golden-flower", "flower", "Golden flower",
     "plants/flowers/flower1_juliane_krug_01.svg", None),
    ("white-daisy", "flower", "White daisy", "plants/flowers/flower2_juliane_krug_01.svg", None),
    ("blue-flower", "flower", "Blue flower", "plants/flowers/flower_01.svg", None),
    ("red-flower", "flower", "Red flower", "plants/flowers/flower_02.svg", None),
    ("cream-flower", "flower", "Cream flower", "plants/flowers/flower_03.svg", None),
    ("orange-flower", "flower", "Orange flower", "plants/flowers/flower_peterm_01.svg", None),
    ("flower-pot", "flower", "Flower in a pot",
     "plants/flowers/flowerandpot_daniel_ste_r.svg", None),
    ("yellow-bunch", "flower", "Bunch of yellow flowers",
     "plants/flowers/flowers_jonathan_dietric_01.svg", None),
    ("lilac-daisy", "flower", "Lilac daisy", "plants/flowers/funnyflower_02.svg", None),
    ("geranium", "flower", "Geranium", "plants/flowers/geranium_ganson.svg", None),
    ("lotus", "flower", "Lotus", "plants/flowers/lotas_yogesh_kanitkar_01.svg", None),
    ("magnolia", "flower", "Magnolia", "plants/flowers/magnolia_white_patricia__01.svg", None),
    ("bright-bouquet", "flower", "Bright bouquet",
     "plants/flowers/mazzo_di_fiori_architett_01.svg", None),
    ("red-daisy", "flower", "Red daisy", "plants/flowers/red_flower_01.svg", None),
    ("sunny-flower", "flower", "Sunny flower",
     "plants/flowers/red_flower_raphael_seban_01.svg", None),
    ("tulips", "flower", "Tulips", "plants/flowers/tulips_ganson.svg", None),
    ("rosebud", "flower", "Rosebud", "unsorted/rosa1.svg", None),
    ("red-rose", "flower", "Red rose", "unsorted/rosa2.svg", None),
    ("pink-roses", "flower", "Pink roses", "unsorted/rose.svg", None),
    ("pink-rose", "flower", "Pink rose", "plants/flowers/pink-rose_tess_brady_01.svg", "cover"),
    ("sunflower", "flower", "Sunflower", "plants/flowers/sun_flower_ganson.svg", "cover-top"),
    ("daylily", "flower", "Daylily", "signs_and_symbols/daylily_0_symbol_1m_bwh.svg", None),
]

# Soft backgrounds (light pastels); the one that stands out most from the subject is used.
BACKGROUNDS: dict[str, tuple[int, int, int]] = {
    "sky": (198, 222, 240),
    "mint": (203, 235, 214),
    "peach": (250, 218, 196),
    "lavender": (221, 212, 240),
    "butter": (247, 236, 190),
    "rose": (244, 210, 218),
    "sage": (214, 226, 200),
    "sea": (190, 228, 228),
    "sand": (236, 224, 206),
    "slate": (176, 192, 210),
}

_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "cc": "http://web.resource.org/cc/",
    "cc2": "http://creativecommons.org/ns#",
}


def drawing_facts(svg: Path) -> tuple[str, bool]:
    """The author named in the drawing's metadata, and whether it says public domain."""
    text = svg.read_text(encoding="utf-8", errors="replace")
    public = "publicdomain" in text.lower()
    author = "unknown"
    try:
        root = ET.fromstring(svg.read_bytes())
    except ET.ParseError:
        return author, public
    for creator in root.iter(f"{{{_NS['dc']}}}creator"):
        titles = [t.text.strip() for t in creator.iter(f"{{{_NS['dc']}}}title") if t.text]
        if titles:
            author = titles[0]
            break
    return author, public


def render(svg: Path) -> Image.Image:
    """Render the drawing large and trim it to its visible subject (RGBA)."""
    png = cairosvg.svg2png(url=str(svg), output_width=1400)
    image = Image.open(io.BytesIO(png)).convert("RGBA")
    if image.height > 2400:  # a tall drawing: render by height instead
        scale = 1400 / image.height
        png = cairosvg.svg2png(url=str(svg), output_width=max(1, round(image.width * scale)))
        image = Image.open(io.BytesIO(png)).convert("RGBA")
    alpha = image.getchannel("A").point(lambda a: 255 if a > 8 else 0)
    box = alpha.getbbox()
    if box is None:
        raise ValueError(f"{svg} renders as nothing")
    return image.crop(box)


def fit(subject: Image.Image) -> Image.Image:
    """Scale the subject so its box fits well inside a round crop of the final square."""
    w, h = subject.size
    half_diagonal = math.hypot(w, h) / 2
    scale = min(228 / half_diagonal, 400 / max(w, h))
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return subject.resize(size, Image.Resampling.LANCZOS)


def cover(drawing: Image.Image, top: bool = False) -> Image.Image:
    """Scale a drawing that has its own background to fill the square, centre-cropped
    (or kept near its top, for a tall drawing whose subject is high up)."""
    flat = Image.new("RGB", drawing.size, "white")
    flat.paste(drawing, (0, 0), drawing)
    return ImageOps.fit(flat, (SIZE, SIZE), Image.Resampling.LANCZOS,
                        centering=(0.5, 0.2 if top else 0.5))


def mean_colour(subject: Image.Image) -> np.ndarray:
    pixels = np.asarray(subject, dtype=np.float64)
    weight = pixels[..., 3:4] / 255.0
    return (pixels[..., :3] * weight).sum(axis=(0, 1)) / max(weight.sum(), 1.0)


def choose_background(subject: Image.Image, name: str | None,
                      turn: int) -> tuple[int, int, int]:
    """The named background, or one of the few that stand out most from the subject (taken in
    turn, so that neighbours in the gallery do not all share one colour)."""
    if name is not None:
        return BACKGROUNDS[name]
    mean = mean_colour(subject)
    ranked = sorted(BACKGROUNDS.values(),
                    key=lambda c: -float(np.linalg.norm(np.array(c) - mean)))
    best = float(np.linalg.norm(np.array(ranked[0]) - mean))
    good = [c for c in ranked[:4] if np.linalg.norm(np.array(c) - mean) >= 0.8 * best]
    return good[turn % len(good)]


def compose(subject: Image.Image, background: tuple[int, int, int]) -> Image.Image:
    """Subject centred on a soft colour with a lighter glow behind it and a light shadow."""
    yy, xx = np.mgrid[0:SIZE, 0:SIZE].astype(np.float32)
    dist = np.hypot(xx - SIZE / 2, yy - SIZE / 2) / (SIZE / 2 * math.sqrt(2))
    base = np.array(background, dtype=np.float32)
    light = base + (255 - base) * 0.45
    mix = np.clip(dist, 0, 1)[..., None] ** 1.2
    canvas = Image.fromarray((light * (1 - mix) + base * 0.94 * mix).astype(np.uint8), "RGB")

    x = (SIZE - subject.width) // 2
    y = (SIZE - subject.height) // 2
    shadow_alpha = Image.new("L", (SIZE, SIZE), 0)
    shadow_alpha.paste(subject.getchannel("A"), (x, y + 8))
    shadow_alpha = shadow_alpha.filter(ImageFilter.GaussianBlur(10)).point(lambda a: a * 0.22)
    shade = Image.new("RGB", (SIZE, SIZE), tuple(int(c * 0.55) for c in background))
    canvas = Image.composite(shade, canvas, shadow_alpha)
    canvas.paste(subject, (x, y), subject)
    return canvas


def save_small(image: Image.Image, path: Path) -> None:
    """Save as a 256-colour PNG (dithered, so the soft background stays smooth), no metadata."""
    small = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                           dither=Image.Dither.FLOYDSTEINBERG)
    small.save(path, format="PNG", optimize=True)


def package_version(deb: Path) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), "Version"], check=True,
                          capture_output=True, text=True).stdout.strip()


def build(deb: Path) -> None:
    version = package_version(deb)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    entries = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        root = Path(tmp) / SVG_ROOT
        copyright_text = (Path(tmp) / "usr/share/doc/openclipart-svg/copyright").read_text()
        for item_id, kind, name, rel, bg in CHOICES:
            svg = root / rel
            author, public = drawing_facts(svg)
            if not public:
                raise SystemExit(f"{rel} does not say it is public domain; choose another")
            if bg in ("cover", "cover-top"):  # a drawing with its own background fills the square
                picture = cover(render(svg), top=bg == "cover-top")
            else:
                subject = fit(render(svg))
                picture = compose(subject, choose_background(subject, bg, len(entries)))
            save_small(picture, OUT / f"{item_id}.png")
            entries.append({
                "id": item_id, "kind": kind, "name": name, "licence": LICENCE,
                "source": {"package": "openclipart-svg", "version": version,
                           "file": f"/{SVG_ROOT}/{rel}", "author": author},
            })
            print(f"{item_id}: {rel} ({author})")
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        raise SystemExit("two gallery items share an id")
    (OUT / "index.json").write_text(json.dumps({"items": entries}, indent=1) + "\n")
    write_licences(entries, version, copyright_text)


def write_licences(entries: list[dict], version: str, copyright_text: str) -> None:
    statement = copyright_text.split("Copyright:", 1)[-1].strip()
    lines = [
        "# Gallery pictures: where they come from",
        "",
        "Every picture in this folder is public-domain clip art from the Open Clip Art Library,",
        f"as shipped in Debian's `openclipart-svg` package, version {version}. Each drawing's own",
        "metadata names the public-domain licence; `tools/prepare_stock.py` refuses any that do",
        "not.",
        "SafePic rendered each drawing, placed it on a soft background and saved it as a",
        "512x512 PNG with no metadata. index.json names the original file and its author.",
        "",
        "The package's copyright file says:",
        "",
        *("> " + line if line.strip() else ">" for line in statement.splitlines()),
        "",
        "| Picture | Original file | Author |",
        "| --- | --- | --- |",
        *(f"| {e['id']}.png | `{e['source']['file']}` | {e['source']['author']} |"
          for e in entries),
        "",
    ]
    (OUT / "LICENCES.md").write_text("\n".join(lines))


def self_check() -> int:
    """Run SafePic's own check on every gallery picture: a stock picture must raise nothing
    (a drawing of a seal was once seen as a face, a cow's spots as words)."""
    from safepic.core import gallery
    from safepic.core.analyse import analyse

    flagged = 0
    for item in gallery.items():
        report = analyse(gallery.load(item), vision=True)
        if report.findings:
            flagged += 1
            print(f"{item.id}: " + "; ".join(f.title for f in report.findings))
    return flagged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deb", type=Path, help="the downloaded openclipart-svg .deb file")
    parser.add_argument("--no-check", action="store_true",
                        help="skip SafePic's own check of the finished pictures (slow)")
    args = parser.parse_args(argv)
    build(args.deb)
    total = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"{len(list(OUT.glob('*.png')))} pictures, {total / 1e6:.2f} MB")
    if not args.no_check and self_check():
        print("Some pictures would raise a finding: choose others.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
