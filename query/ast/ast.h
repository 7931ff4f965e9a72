// The AST of Dossier's query language, in the style of Cypher: include this for all of it.
#pragma once

#include "query/ast/clause.h"
#include "query/ast/expression.h"
#include "query/ast/pattern.h"
#include "query/ast/statement.h"
