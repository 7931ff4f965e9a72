// The grammar of Dossier's query language, in the style of Cypher.
//
// Keywords are case-insensitive; identifiers may be backquoted (`my name`, with `` for a
// backquote inside). Operator precedence, lowest first: OR, XOR, AND, NOT, comparisons,
// string/list/null predicates, + -, * / %, ^, unary + -, postfix (.key, [i], [a..b], :Label).
// The parse tree never leaves query/parser: it is turned into query/ast at once.
grammar DossierQuery;

script : statement SEMI? EOF ;

statement : ( EXPLAIN | PROFILE )? ( query | indexCommand ) ;

// Property indexes: CREATE INDEX [name] FOR (n:Label) ON (n.property); DROP INDEX name.
indexCommand
    : CREATE INDEX symbolicName? FOR LPAREN variable COLON labelName RPAREN
      ON LPAREN variable DOT propertyKeyName RPAREN
    | DROP INDEX symbolicName
    ;

query : singleQuery unionPart* ;

unionPart : UNION ALL? singleQuery ;

singleQuery : clause+ ;

clause
    : matchClause
    | unwindClause
    | withClause
    | returnClause
    | createClause
    | mergeClause
    | setClause
    | removeClause
    | deleteClause
    | callClause
    ;

// ---- Reading -----------------------------------------------------------------------------------

matchClause : OPTIONAL? MATCH pattern whereClause? ;

unwindClause : UNWIND expression AS variable ;

whereClause : WHERE expression ;

callClause
    : CALL procedureName ( LPAREN ( expression ( COMMA expression )* )? RPAREN )?
      ( YIELD ( STAR | yieldItem ( COMMA yieldItem )* whereClause? ) )?
    ;

yieldItem : symbolicName ( AS variable )? ;

procedureName : symbolicName ( DOT symbolicName )* ;

// ---- Projection --------------------------------------------------------------------------------

withClause : WITH projectionBody whereClause? ;

returnClause : RETURN projectionBody ;

projectionBody : DISTINCT? projectionItems orderBy? skipClause? limitClause? ;

projectionItems
    : STAR ( COMMA projectionItem )*
    | projectionItem ( COMMA projectionItem )*
    ;

projectionItem : expression ( AS variable )? ;

orderBy : ORDER BY sortItem ( COMMA sortItem )* ;

sortItem : expression ( ASCENDING | ASC | DESCENDING | DESC )? ;

skipClause : SKIP_ expression ;

limitClause : LIMIT expression ;

// ---- Writing -----------------------------------------------------------------------------------

createClause : CREATE pattern ;

mergeClause : MERGE patternPart mergeAction* ;

mergeAction : ON ( MATCH | CREATE ) SET setItem ( COMMA setItem )* ;

setClause : SET setItem ( COMMA setItem )* ;

setItem
    : propertyExpression EQ expression   # setProperty
    | variable EQ expression             # setReplaceProperties
    | variable PLUS_EQ expression        # setMergeProperties
    | variable nodeLabels                # setLabels
    ;

removeClause : REMOVE removeItem ( COMMA removeItem )* ;

removeItem
    : variable nodeLabels   # removeLabels
    | propertyExpression    # removeProperty
    ;

deleteClause : DETACH? DELETE expression ( COMMA expression )* ;

propertyExpression : atom ( DOT propertyKeyName )+ ;

// ---- Patterns ----------------------------------------------------------------------------------

pattern : patternPart ( COMMA patternPart )* ;

patternPart : ( variable EQ )? anonymousPatternPart ;

anonymousPatternPart
    : ( SHORTESTPATH | ALLSHORTESTPATHS ) LPAREN patternElement RPAREN   # shortestPathPattern
    | patternElement                                                     # plainPattern
    ;

patternElement
    : nodePattern patternElementChain*
    | LPAREN patternElement RPAREN
    ;

patternElementChain : relationshipPattern nodePattern ;

nodePattern : LPAREN variable? nodeLabels? properties? RPAREN ;

nodeLabels : ( COLON labelName )+ ;

properties : mapLiteral | parameter ;

relationshipPattern : LT? DASH relationshipDetail? DASH GT? ;

relationshipDetail : LBRACK variable? relationshipTypes? rangeLiteral? properties? RBRACK ;

relationshipTypes : COLON relTypeName ( PIPE COLON? relTypeName )* ;

// Bounds without the '*' or with a sign are read here so that they can be reported as an invalid
// relationship pattern rather than as unexpected text.
rangeLiteral
    : STAR rangeBounds?
    | rangeBounds
    ;

rangeBounds
    : from=rangeBound? DOTDOT to=rangeBound?
    | exact=rangeBound
    ;

rangeBound : DASH? integerLiteral ;

// A pattern used as an expression needs at least one relationship.
relationshipsPattern : nodePattern patternElementChain+ ;

// ---- Expressions -------------------------------------------------------------------------------

expression : orExpression ;

orExpression : xorExpression ( OR xorExpression )* ;

xorExpression : andExpression ( XOR andExpression )* ;

andExpression : notExpression ( AND notExpression )* ;

notExpression : NOT* comparisonExpression ;

comparisonExpression : predicateExpression ( comparisonOperator predicateExpression )* ;

comparisonOperator : EQ | NE | LT | GT | LE | GE ;

predicateExpression : addExpression predicateSuffix* ;

predicateSuffix
    : STARTS WITH addExpression   # startsWithSuffix
    | ENDS WITH addExpression     # endsWithSuffix
    | CONTAINS addExpression      # containsSuffix
    | IN addExpression            # inSuffix
    | REGEX_MATCH addExpression   # regexSuffix
    | IS NULL_                    # isNullSuffix
    | IS NOT NULL_                # isNotNullSuffix
    ;

addExpression : multiplyExpression ( addOperator multiplyExpression )* ;

addOperator : PLUS | DASH ;

multiplyExpression : powerExpression ( multiplyOperator powerExpression )* ;

multiplyOperator : STAR | SLASH | PERCENT ;

powerExpression : unaryExpression ( CARET unaryExpression )* ;

unaryExpression
    : ( PLUS | DASH ) unaryExpression
    | postfixExpression
    ;

postfixExpression : atom postfixOperator* nodeLabels? ;

postfixOperator
    : DOT propertyKeyName                                    # propertyLookup
    | LBRACK expression RBRACK                               # indexLookup
    | LBRACK from=expression? DOTDOT to=expression? RBRACK   # sliceLookup
    ;

// Order matters where alternatives overlap: [x IN l] is a list comprehension, not a list
// literal holding `x IN l`.
atom
    : listComprehension
    | patternComprehension
    | literal
    | parameter
    | caseExpression
    | COUNT LPAREN STAR RPAREN
    | quantifierExpression
    | reduceExpression
    | existsSubquery
    | relationshipsPattern
    | LPAREN expression RPAREN
    | functionInvocation
    | mapProjection
    | variable
    ;

literal
    : numberLiteral
    | StringLiteral
    | TRUE
    | FALSE
    | NULL_
    | listLiteral
    | mapLiteral
    ;

numberLiteral
    : integerLiteral
    | FloatLiteral
    | InvalidNumber
    ;

integerLiteral : DecimalInteger | HexInteger | OctalInteger ;

listLiteral : LBRACK ( expression ( COMMA expression )* )? RBRACK ;

mapLiteral : LBRACE ( propertyKeyName COLON expression ( COMMA propertyKeyName COLON expression )* )? RBRACE ;

parameter : DOLLAR ( symbolicName | DecimalInteger ) ;

caseExpression
    : CASE subject=expression? caseAlternative+ ( ELSE elseValue=expression )? END
    ;

caseAlternative : WHEN expression THEN expression ;

listComprehension
    : LBRACK variable IN expression ( WHERE expression )? ( PIPE expression )? RBRACK
    ;

patternComprehension
    : LBRACK ( variable EQ )? relationshipsPattern ( WHERE expression )? PIPE expression RBRACK
    ;

quantifierExpression
    : ( ALL | ANY | NONE | SINGLE ) LPAREN variable IN expression ( WHERE expression )? RPAREN
    ;

reduceExpression
    : REDUCE LPAREN variable EQ expression COMMA variable IN expression PIPE expression RPAREN
    ;

// EXISTS { pattern WHERE condition }, or a whole query whose rows, if any, make it true.
existsSubquery
    : EXISTS LBRACE MATCH? pattern ( WHERE expression )? RBRACE
    | EXISTS LBRACE query RBRACE
    ;

functionInvocation
    : functionName LPAREN DISTINCT? ( expression ( COMMA expression )* )? RPAREN
    ;

functionName : symbolicName ( DOT symbolicName )* ;

mapProjection : variable LBRACE ( mapProjectionItem ( COMMA mapProjectionItem )* )? RBRACE ;

mapProjectionItem
    : propertyKeyName COLON expression   # mapProjectionLiteral
    | DOT propertyKeyName                # mapProjectionProperty
    | DOT STAR                           # mapProjectionAll
    | variable                           # mapProjectionVariable
    ;

// ---- Names -------------------------------------------------------------------------------------

variable : symbolicName ;

labelName : schemaName ;

relTypeName : schemaName ;

propertyKeyName : schemaName ;

// Keywords that may also name variables and functions.
symbolicName
    : Identifier
    | EscapedIdentifier
    | COUNT | ANY | NONE | SINGLE | EXISTS | REDUCE | SHORTESTPATH | ALLSHORTESTPATHS
    | EXPLAIN | PROFILE | INDEX | FOR | DROP
    ;

// Labels, relationship types and property keys may be any word, keywords included.
schemaName : symbolicName | reservedWord ;

reservedWord
    : ALL | ASC | ASCENDING | BY | CREATE | DELETE | DESC | DESCENDING | DETACH | EXISTS
    | LIMIT | MATCH | MERGE | ON | OPTIONAL | ORDER | REMOVE | RETURN | SET | SKIP_ | WHERE
    | WITH | UNION | UNWIND | AND | AS | CONTAINS | DISTINCT | ENDS | IN | IS | NOT | OR
    | STARTS | XOR | CASE | ELSE | END | WHEN | THEN | CALL | YIELD | NULL_ | TRUE | FALSE
    ;

// ---- Lexer -------------------------------------------------------------------------------------

ALL : A L L ;
ALLSHORTESTPATHS : A L L S H O R T E S T P A T H S ;
AND : A N D ;
ANY : A N Y ;
AS : A S ;
ASC : A S C ;
ASCENDING : A S C E N D I N G ;
BY : B Y ;
CALL : C A L L ;
CASE : C A S E ;
CONTAINS : C O N T A I N S ;
COUNT : C O U N T ;
CREATE : C R E A T E ;
DELETE : D E L E T E ;
DESC : D E S C ;
DESCENDING : D E S C E N D I N G ;
DETACH : D E T A C H ;
DROP : D R O P ;
DISTINCT : D I S T I N C T ;
ELSE : E L S E ;
END : E N D ;
ENDS : E N D S ;
EXISTS : E X I S T S ;
EXPLAIN : E X P L A I N ;
FALSE : F A L S E ;
FOR : F O R ;
IN : I N ;
INDEX : I N D E X ;
IS : I S ;
LIMIT : L I M I T ;
MATCH : M A T C H ;
MERGE : M E R G E ;
NONE : N O N E ;
NOT : N O T ;
NULL_ : N U L L ;
ON : O N ;
OPTIONAL : O P T I O N A L ;
OR : O R ;
ORDER : O R D E R ;
PROFILE : P R O F I L E ;
REDUCE : R E D U C E ;
REMOVE : R E M O V E ;
RETURN : R E T U R N ;
SET : S E T ;
SHORTESTPATH : S H O R T E S T P A T H ;
SINGLE : S I N G L E ;
SKIP_ : S K I P ;
STARTS : S T A R T S ;
THEN : T H E N ;
TRUE : T R U E ;
UNION : U N I O N ;
UNWIND : U N W I N D ;
WHEN : W H E N ;
WHERE : W H E R E ;
WITH : W I T H ;
XOR : X O R ;
YIELD : Y I E L D ;

SEMI : ';' ;
COMMA : ',' ;
DOTDOT : '..' ;
DOT : '.' ;
COLON : ':' ;
PIPE : '|' ;
DOLLAR : '$' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACK : '[' ;
RBRACK : ']' ;
LBRACE : '{' ;
RBRACE : '}' ;
PLUS_EQ : '+=' ;
REGEX_MATCH : '=~' ;
EQ : '=' ;
NE : '<>' ;
LE : '<=' ;
GE : '>=' ;
LT : '<' ;
GT : '>' ;
PLUS : '+' ;
DASH : '-' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;
CARET : '^' ;

HexInteger : '0' [xX] [0-9a-fA-F]+ ;
OctalInteger : '0' [oO] [0-7]+ ;
DecimalInteger : [0-9]+ ;
FloatLiteral
    : [0-9]* '.' [0-9]+ ( [eE] [+-]? [0-9]+ )?
    | [0-9]+ [eE] [+-]? [0-9]+
    ;
// A number run into letters (0x, 12ab): reported as an invalid number literal, not as two tokens.
InvalidNumber : [0-9] [0-9a-zA-Z_]* ;

StringLiteral
    : '\'' ( ~['\\] | '\\' . )* '\''
    | '"' ( ~["\\] | '\\' . )* '"'
    ;

Identifier : [\p{L}_] [\p{L}\p{N}_]* ;
EscapedIdentifier : '`' ( ~'`' | '``' )* '`' ;

LINE_COMMENT : '//' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
WS : [ \t\r\n\f\u00A0\u2000-\u200B\u2028\u2029\u3000]+ -> skip ;

// Anything else is one bad character, so the parser reports it with its position.
UNKNOWN_CHAR : . ;

fragment A : [aA] ; fragment B : [bB] ; fragment C : [cC] ; fragment D : [dD] ;
fragment E : [eE] ; fragment F : [fF] ; fragment G : [gG] ; fragment H : [hH] ;
fragment I : [iI] ; fragment J : [jJ] ; fragment K : [kK] ; fragment L : [lL] ;
fragment M : [mM] ; fragment N : [nN] ; fragment O : [oO] ; fragment P : [pP] ;
fragment Q : [qQ] ; fragment R : [rR] ; fragment S : [sS] ; fragment T : [tT] ;
fragment U : [uU] ; fragment V : [vV] ; fragment W : [wW] ; fragment X : [xX] ;
fragment Y : [yY] ; fragment Z : [zZ] ;
