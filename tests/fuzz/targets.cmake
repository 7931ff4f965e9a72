# The fuzz targets: name -> the library it exercises. Each has <name>.cc, a seed corpus in
# corpus/<name>/ and the inputs that once crashed it in regressions/<name>/.
set(DOSSIER_FUZZ_TARGETS query_fuzz article_fuzz csv_fuzz codec_fuzz)
set(DOSSIER_FUZZ_LIBS_query_fuzz dossier_query)
set(DOSSIER_FUZZ_LIBS_article_fuzz dossier_importers)
set(DOSSIER_FUZZ_LIBS_csv_fuzz dossier_graph)
set(DOSSIER_FUZZ_LIBS_codec_fuzz dossier_graph)
