module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @stabiliser_chunk_apply(%in_fg: !llvm.ptr, %in_ig: !llvm.ptr, %in_m0: !llvm.ptr, %out_m_out: !llvm.ptr, %out_i_stab: !llvm.ptr, %out_m_last: !llvm.ptr, %carry_m: !llvm.ptr, %ckpt_m: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_H : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = arith.constant 63 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 64 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v29 = arith.constant 0 : i64
      %v35 = arith.constant 32 : i64
      %v47 = arith.muli %size_B, %size_H : i64
      %v56 = arith.constant 16 : i64
      %v65 = arith.constant 2 : i64
      %v67 = arith.constant 3 : i64
      %v69 = arith.constant 4 : i64
      %v71 = arith.constant 5 : i64
      %v73 = arith.constant 6 : i64
      %v75 = arith.constant 7 : i64
      %v77 = arith.constant 8 : i64
      %v79 = arith.constant 9 : i64
      %v81 = arith.constant 10 : i64
      %v83 = arith.constant 11 : i64
      %v85 = arith.constant 12 : i64
      %v87 = arith.constant 13 : i64
      %v89 = arith.constant 14 : i64
      %v91 = arith.constant 15 : i64
      %v94 = arith.muli %size_H, %size_L : i64
      %v304 = arith.constant 0x00000000 : f32
      %v308 = arith.constant 0x3FB8AA3B : f32
      %v311 = arith.constant 0x3F800000 : f32
      %v314 = arith.constant 0x3F317218 : f32
      %v316 = arith.constant 0x3E124925 : f32
      %v318 = arith.constant 0xBE2AAAAB : f32
      %v321 = arith.constant 0x3E4CCCCD : f32
      %v324 = arith.constant 0xBE800000 : f32
      %v327 = arith.constant 0x3EAAAAAB : f32
      %v330 = arith.constant 0xBF000000 : f32
      %v336 = arith.constant 0x3D800000 : f32
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v12 = arith.addi %v2, %v4 : i64
      %v13 = arith.divui %v12, %v6 : i64
      %v14 = arith.divui %v11, %v13 : i64
      %v15 = arith.remui %v11, %v13 : i64
      %v16 = arith.muli %v15, %v6 : i64
      %v17 = arith.addi %v16, %v10 : i64
      %v18 = arith.cmpi slt, %v17, %v2 : i64
      %v19 = arith.subi %v2, %v1 : i64
      %v20 = arith.minsi %v17, %v19 : i64
      %v21 = arith.remui %v20, %size_H : i64
      %v22 = arith.divui %v20, %size_H : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      %v25 = arith.muli %v14, %v2 : i64
      %v26 = arith.subi %v2, %v1 : i64
      %v27 = arith.minsi %v17, %v26 : i64
      %v28 = arith.addi %v25, %v27 : i64
      %v30 = llvm.getelementptr %carry_m[%v28] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v31 = llvm.load %v30 : !llvm.ptr -> f32
      llvm.store %v31, %v3 : f32, !llvm.ptr
      %v32 = arith.muli %v14, %v6 : i64
      %v33 = arith.addi %v32, %v6 : i64
      %v34 = arith.minsi %v33, %size_L : i64
      %v36 = arith.index_cast %v32 : i64 to index
      %v37 = arith.index_cast %v34 : i64 to index
      %v38 = arith.index_cast %v35 : i64 to index
      scf.for %v39 = %v36 to %v37 step %v38 {
        %v40 = arith.index_cast %v39 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v41 = arith.remui %v40, %v6 : i64
        %v42 = arith.cmpi eq, %v41, %v29 : i64
        %v43 = arith.andi %v42, %v18 : i1
        scf.if %v43 {
          %v44 = arith.divui %v40, %v6 : i64
          %v45 = llvm.mlir.zero : !llvm.ptr
          %v46 = llvm.icmp "ne" %ckpt_m, %v45 : !llvm.ptr
          scf.if %v46 {
            %v48 = arith.muli %v44, %v47 : i64
            %v49 = llvm.load %v3 : !llvm.ptr -> f32
            %v50 = arith.muli %v23, %size_H : i64
            %v51 = arith.addi %v50, %v21 : i64
            %v52 = arith.addi %v48, %v51 : i64
            %v53 = llvm.getelementptr %ckpt_m[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v49, %v53 : f32, !llvm.ptr
          }
        }
        // end save
        %v54 = arith.subi %v34, %v40 : i64
        %v55 = arith.minsi %v54, %v35 : i64
        %v57 = arith.divui %v55, %v56 : i64
        %v58 = arith.index_cast %v29 : i64 to index
        %v59 = arith.index_cast %v57 : i64 to index
        %v60 = arith.index_cast %v1 : i64 to index
        scf.for %v61 = %v58 to %v59 step %v60 {
          %v62 = arith.index_cast %v61 : index to i64
          %v63 = arith.muli %v62, %v56 : i64
          %v64 = arith.addi %v63, %v1 : i64
          %v66 = arith.addi %v63, %v65 : i64
          %v68 = arith.addi %v63, %v67 : i64
          %v70 = arith.addi %v63, %v69 : i64
          %v72 = arith.addi %v63, %v71 : i64
          %v74 = arith.addi %v63, %v73 : i64
          %v76 = arith.addi %v63, %v75 : i64
          %v78 = arith.addi %v63, %v77 : i64
          %v80 = arith.addi %v63, %v79 : i64
          %v82 = arith.addi %v63, %v81 : i64
          %v84 = arith.addi %v63, %v83 : i64
          %v86 = arith.addi %v63, %v85 : i64
          %v88 = arith.addi %v63, %v87 : i64
          %v90 = arith.addi %v63, %v89 : i64
          %v92 = arith.addi %v63, %v91 : i64
          %v93 = arith.addi %v40, %v63 : i64
          %v95 = arith.muli %v23, %v94 : i64
          %v96 = arith.muli %v93, %size_H : i64
          %v97 = arith.addi %v95, %v96 : i64
          %v98 = arith.addi %v97, %v21 : i64
          %v99 = llvm.getelementptr %in_fg[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v100 = llvm.load %v99 : !llvm.ptr -> f32
          %v101 = arith.muli %v23, %v94 : i64
          %v102 = arith.muli %v93, %size_H : i64
          %v103 = arith.addi %v101, %v102 : i64
          %v104 = arith.addi %v103, %v21 : i64
          %v105 = llvm.getelementptr %in_ig[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v106 = llvm.load %v105 : !llvm.ptr -> f32
          %v107 = arith.addi %v40, %v64 : i64
          %v108 = arith.muli %v23, %v94 : i64
          %v109 = arith.muli %v107, %size_H : i64
          %v110 = arith.addi %v108, %v109 : i64
          %v111 = arith.addi %v110, %v21 : i64
          %v112 = llvm.getelementptr %in_fg[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v113 = llvm.load %v112 : !llvm.ptr -> f32
          %v114 = arith.muli %v23, %v94 : i64
          %v115 = arith.muli %v107, %size_H : i64
          %v116 = arith.addi %v114, %v115 : i64
          %v117 = arith.addi %v116, %v21 : i64
          %v118 = llvm.getelementptr %in_ig[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v119 = llvm.load %v118 : !llvm.ptr -> f32
          %v120 = arith.addi %v40, %v66 : i64
          %v121 = arith.muli %v23, %v94 : i64
          %v122 = arith.muli %v120, %size_H : i64
          %v123 = arith.addi %v121, %v122 : i64
          %v124 = arith.addi %v123, %v21 : i64
          %v125 = llvm.getelementptr %in_fg[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v126 = llvm.load %v125 : !llvm.ptr -> f32
          %v127 = arith.muli %v23, %v94 : i64
          %v128 = arith.muli %v120, %size_H : i64
          %v129 = arith.addi %v127, %v128 : i64
          %v130 = arith.addi %v129, %v21 : i64
          %v131 = llvm.getelementptr %in_ig[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v132 = llvm.load %v131 : !llvm.ptr -> f32
          %v133 = arith.addi %v40, %v68 : i64
          %v134 = arith.muli %v23, %v94 : i64
          %v135 = arith.muli %v133, %size_H : i64
          %v136 = arith.addi %v134, %v135 : i64
          %v137 = arith.addi %v136, %v21 : i64
          %v138 = llvm.getelementptr %in_fg[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 : !llvm.ptr -> f32
          %v140 = arith.muli %v23, %v94 : i64
          %v141 = arith.muli %v133, %size_H : i64
          %v142 = arith.addi %v140, %v141 : i64
          %v143 = arith.addi %v142, %v21 : i64
          %v144 = llvm.getelementptr %in_ig[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 : !llvm.ptr -> f32
          %v146 = arith.addi %v40, %v70 : i64
          %v147 = arith.muli %v23, %v94 : i64
          %v148 = arith.muli %v146, %size_H : i64
          %v149 = arith.addi %v147, %v148 : i64
          %v150 = arith.addi %v149, %v21 : i64
          %v151 = llvm.getelementptr %in_fg[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v152 = llvm.load %v151 : !llvm.ptr -> f32
          %v153 = arith.muli %v23, %v94 : i64
          %v154 = arith.muli %v146, %size_H : i64
          %v155 = arith.addi %v153, %v154 : i64
          %v156 = arith.addi %v155, %v21 : i64
          %v157 = llvm.getelementptr %in_ig[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v158 = llvm.load %v157 : !llvm.ptr -> f32
          %v159 = arith.addi %v40, %v72 : i64
          %v160 = arith.muli %v23, %v94 : i64
          %v161 = arith.muli %v159, %size_H : i64
          %v162 = arith.addi %v160, %v161 : i64
          %v163 = arith.addi %v162, %v21 : i64
          %v164 = llvm.getelementptr %in_fg[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v165 = llvm.load %v164 : !llvm.ptr -> f32
          %v166 = arith.muli %v23, %v94 : i64
          %v167 = arith.muli %v159, %size_H : i64
          %v168 = arith.addi %v166, %v167 : i64
          %v169 = arith.addi %v168, %v21 : i64
          %v170 = llvm.getelementptr %in_ig[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v171 = llvm.load %v170 : !llvm.ptr -> f32
          %v172 = arith.addi %v40, %v74 : i64
          %v173 = arith.muli %v23, %v94 : i64
          %v174 = arith.muli %v172, %size_H : i64
          %v175 = arith.addi %v173, %v174 : i64
          %v176 = arith.addi %v175, %v21 : i64
          %v177 = llvm.getelementptr %in_fg[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v178 = llvm.load %v177 : !llvm.ptr -> f32
          %v179 = arith.muli %v23, %v94 : i64
          %v180 = arith.muli %v172, %size_H : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = arith.addi %v181, %v21 : i64
          %v183 = llvm.getelementptr %in_ig[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v184 = llvm.load %v183 : !llvm.ptr -> f32
          %v185 = arith.addi %v40, %v76 : i64
          %v186 = arith.muli %v23, %v94 : i64
          %v187 = arith.muli %v185, %size_H : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = arith.addi %v188, %v21 : i64
          %v190 = llvm.getelementptr %in_fg[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v191 = llvm.load %v190 : !llvm.ptr -> f32
          %v192 = arith.muli %v23, %v94 : i64
          %v193 = arith.muli %v185, %size_H : i64
          %v194 = arith.addi %v192, %v193 : i64
          %v195 = arith.addi %v194, %v21 : i64
          %v196 = llvm.getelementptr %in_ig[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v197 = llvm.load %v196 : !llvm.ptr -> f32
          %v198 = arith.addi %v40, %v78 : i64
          %v199 = arith.muli %v23, %v94 : i64
          %v200 = arith.muli %v198, %size_H : i64
          %v201 = arith.addi %v199, %v200 : i64
          %v202 = arith.addi %v201, %v21 : i64
          %v203 = llvm.getelementptr %in_fg[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v204 = llvm.load %v203 : !llvm.ptr -> f32
          %v205 = arith.muli %v23, %v94 : i64
          %v206 = arith.muli %v198, %size_H : i64
          %v207 = arith.addi %v205, %v206 : i64
          %v208 = arith.addi %v207, %v21 : i64
          %v209 = llvm.getelementptr %in_ig[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v210 = llvm.load %v209 : !llvm.ptr -> f32
          %v211 = arith.addi %v40, %v80 : i64
          %v212 = arith.muli %v23, %v94 : i64
          %v213 = arith.muli %v211, %size_H : i64
          %v214 = arith.addi %v212, %v213 : i64
          %v215 = arith.addi %v214, %v21 : i64
          %v216 = llvm.getelementptr %in_fg[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v217 = llvm.load %v216 : !llvm.ptr -> f32
          %v218 = arith.muli %v23, %v94 : i64
          %v219 = arith.muli %v211, %size_H : i64
          %v220 = arith.addi %v218, %v219 : i64
          %v221 = arith.addi %v220, %v21 : i64
          %v222 = llvm.getelementptr %in_ig[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v223 = llvm.load %v222 : !llvm.ptr -> f32
          %v224 = arith.addi %v40, %v82 : i64
          %v225 = arith.muli %v23, %v94 : i64
          %v226 = arith.muli %v224, %size_H : i64
          %v227 = arith.addi %v225, %v226 : i64
          %v228 = arith.addi %v227, %v21 : i64
          %v229 = llvm.getelementptr %in_fg[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v230 = llvm.load %v229 : !llvm.ptr -> f32
          %v231 = arith.muli %v23, %v94 : i64
          %v232 = arith.muli %v224, %size_H : i64
          %v233 = arith.addi %v231, %v232 : i64
          %v234 = arith.addi %v233, %v21 : i64
          %v235 = llvm.getelementptr %in_ig[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v236 = llvm.load %v235 : !llvm.ptr -> f32
          %v237 = arith.addi %v40, %v84 : i64
          %v238 = arith.muli %v23, %v94 : i64
          %v239 = arith.muli %v237, %size_H : i64
          %v240 = arith.addi %v238, %v239 : i64
          %v241 = arith.addi %v240, %v21 : i64
          %v242 = llvm.getelementptr %in_fg[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v243 = llvm.load %v242 : !llvm.ptr -> f32
          %v244 = arith.muli %v23, %v94 : i64
          %v245 = arith.muli %v237, %size_H : i64
          %v246 = arith.addi %v244, %v245 : i64
          %v247 = arith.addi %v246, %v21 : i64
          %v248 = llvm.getelementptr %in_ig[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v249 = llvm.load %v248 : !llvm.ptr -> f32
          %v250 = arith.addi %v40, %v86 : i64
          %v251 = arith.muli %v23, %v94 : i64
          %v252 = arith.muli %v250, %size_H : i64
          %v253 = arith.addi %v251, %v252 : i64
          %v254 = arith.addi %v253, %v21 : i64
          %v255 = llvm.getelementptr %in_fg[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v256 = llvm.load %v255 : !llvm.ptr -> f32
          %v257 = arith.muli %v23, %v94 : i64
          %v258 = arith.muli %v250, %size_H : i64
          %v259 = arith.addi %v257, %v258 : i64
          %v260 = arith.addi %v259, %v21 : i64
          %v261 = llvm.getelementptr %in_ig[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v262 = llvm.load %v261 : !llvm.ptr -> f32
          %v263 = arith.addi %v40, %v88 : i64
          %v264 = arith.muli %v23, %v94 : i64
          %v265 = arith.muli %v263, %size_H : i64
          %v266 = arith.addi %v264, %v265 : i64
          %v267 = arith.addi %v266, %v21 : i64
          %v268 = llvm.getelementptr %in_fg[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v269 = llvm.load %v268 : !llvm.ptr -> f32
          %v270 = arith.muli %v23, %v94 : i64
          %v271 = arith.muli %v263, %size_H : i64
          %v272 = arith.addi %v270, %v271 : i64
          %v273 = arith.addi %v272, %v21 : i64
          %v274 = llvm.getelementptr %in_ig[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v275 = llvm.load %v274 : !llvm.ptr -> f32
          %v276 = arith.addi %v40, %v90 : i64
          %v277 = arith.muli %v23, %v94 : i64
          %v278 = arith.muli %v276, %size_H : i64
          %v279 = arith.addi %v277, %v278 : i64
          %v280 = arith.addi %v279, %v21 : i64
          %v281 = llvm.getelementptr %in_fg[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v282 = llvm.load %v281 : !llvm.ptr -> f32
          %v283 = arith.muli %v23, %v94 : i64
          %v284 = arith.muli %v276, %size_H : i64
          %v285 = arith.addi %v283, %v284 : i64
          %v286 = arith.addi %v285, %v21 : i64
          %v287 = llvm.getelementptr %in_ig[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v288 = llvm.load %v287 : !llvm.ptr -> f32
          %v289 = arith.addi %v40, %v92 : i64
          %v290 = arith.muli %v23, %v94 : i64
          %v291 = arith.muli %v289, %size_H : i64
          %v292 = arith.addi %v290, %v291 : i64
          %v293 = arith.addi %v292, %v21 : i64
          %v294 = llvm.getelementptr %in_fg[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v295 = llvm.load %v294 : !llvm.ptr -> f32
          %v296 = arith.muli %v23, %v94 : i64
          %v297 = arith.muli %v289, %size_H : i64
          %v298 = arith.addi %v296, %v297 : i64
          %v299 = arith.addi %v298, %v21 : i64
          %v300 = llvm.getelementptr %in_ig[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v301 = llvm.load %v300 : !llvm.ptr -> f32
          %v302 = arith.addi %v40, %v63 : i64
          %v303 = arith.negf %v100 : f32
          %v305 = arith.maximumf %v303, %v304 : f32
          %v306 = llvm.call_intrinsic "llvm.fabs.f32"(%v303) : (f32) -> f32
          %v307 = arith.negf %v306 : f32
          %v309 = arith.mulf %v307, %v308 fastmath<contract> : f32
          %v310 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v309) : (f32) -> f32
          %v312 = arith.addf %v311, %v310 fastmath<contract> : f32
          %v313 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v312) : (f32) -> f32
          %v315 = arith.mulf %v313, %v314 fastmath<contract> : f32
          %v317 = arith.mulf %v316, %v310 fastmath<contract> : f32
          %v319 = arith.addf %v317, %v318 fastmath<contract> : f32
          %v320 = arith.mulf %v319, %v310 fastmath<contract> : f32
          %v322 = arith.addf %v320, %v321 fastmath<contract> : f32
          %v323 = arith.mulf %v322, %v310 fastmath<contract> : f32
          %v325 = arith.addf %v323, %v324 fastmath<contract> : f32
          %v326 = arith.mulf %v325, %v310 fastmath<contract> : f32
          %v328 = arith.addf %v326, %v327 fastmath<contract> : f32
          %v329 = arith.mulf %v328, %v310 fastmath<contract> : f32
          %v331 = arith.addf %v329, %v330 fastmath<contract> : f32
          %v332 = arith.mulf %v331, %v310 fastmath<contract> : f32
          %v333 = arith.addf %v332, %v311 fastmath<contract> : f32
          %v334 = arith.mulf %v333, %v310 fastmath<contract> : f32
          %v335 = llvm.call_intrinsic "llvm.fabs.f32"(%v310) : (f32) -> f32
          %v337 = arith.cmpf olt, %v335, %v336 : f32
          %v338 = arith.select %v337, %v334, %v315 : f32
          %v339 = arith.addf %v305, %v338 fastmath<contract> : f32
          %v340 = arith.negf %v339 : f32
          %v341 = llvm.load %v3 : !llvm.ptr -> f32
          %v342 = arith.addf %v340, %v341 fastmath<contract> : f32
          %v343 = arith.maximumf %v342, %v106 : f32
          llvm.store %v343, %v3 : f32, !llvm.ptr
          %v344 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v345 = arith.muli %v23, %v94 : i64
            %v346 = arith.muli %v302, %size_H : i64
            %v347 = arith.addi %v345, %v346 : i64
            %v348 = arith.addi %v347, %v21 : i64
            %v349 = llvm.getelementptr %out_m_out[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v344, %v349 : f32, !llvm.ptr
          }
          %v350 = arith.subf %v106, %v344 fastmath<contract> : f32
          %v351 = arith.mulf %v350, %v308 fastmath<contract> : f32
          %v352 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v351) : (f32) -> f32
          scf.if %v18 {
            %v353 = arith.muli %v23, %v94 : i64
            %v354 = arith.muli %v302, %size_H : i64
            %v355 = arith.addi %v353, %v354 : i64
            %v356 = arith.addi %v355, %v21 : i64
            %v357 = llvm.getelementptr %out_i_stab[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v352, %v357 : f32, !llvm.ptr
          }
          %v358 = arith.addi %v40, %v64 : i64
          %v359 = arith.negf %v113 : f32
          %v360 = arith.maximumf %v359, %v304 : f32
          %v361 = llvm.call_intrinsic "llvm.fabs.f32"(%v359) : (f32) -> f32
          %v362 = arith.negf %v361 : f32
          %v363 = arith.mulf %v362, %v308 fastmath<contract> : f32
          %v364 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v363) : (f32) -> f32
          %v365 = arith.addf %v311, %v364 fastmath<contract> : f32
          %v366 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v365) : (f32) -> f32
          %v367 = arith.mulf %v366, %v314 fastmath<contract> : f32
          %v368 = arith.mulf %v316, %v364 fastmath<contract> : f32
          %v369 = arith.addf %v368, %v318 fastmath<contract> : f32
          %v370 = arith.mulf %v369, %v364 fastmath<contract> : f32
          %v371 = arith.addf %v370, %v321 fastmath<contract> : f32
          %v372 = arith.mulf %v371, %v364 fastmath<contract> : f32
          %v373 = arith.addf %v372, %v324 fastmath<contract> : f32
          %v374 = arith.mulf %v373, %v364 fastmath<contract> : f32
          %v375 = arith.addf %v374, %v327 fastmath<contract> : f32
          %v376 = arith.mulf %v375, %v364 fastmath<contract> : f32
          %v377 = arith.addf %v376, %v330 fastmath<contract> : f32
          %v378 = arith.mulf %v377, %v364 fastmath<contract> : f32
          %v379 = arith.addf %v378, %v311 fastmath<contract> : f32
          %v380 = arith.mulf %v379, %v364 fastmath<contract> : f32
          %v381 = llvm.call_intrinsic "llvm.fabs.f32"(%v364) : (f32) -> f32
          %v382 = arith.cmpf olt, %v381, %v336 : f32
          %v383 = arith.select %v382, %v380, %v367 : f32
          %v384 = arith.addf %v360, %v383 fastmath<contract> : f32
          %v385 = arith.negf %v384 : f32
          %v386 = llvm.load %v3 : !llvm.ptr -> f32
          %v387 = arith.addf %v385, %v386 fastmath<contract> : f32
          %v388 = arith.maximumf %v387, %v119 : f32
          llvm.store %v388, %v3 : f32, !llvm.ptr
          %v389 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v390 = arith.muli %v23, %v94 : i64
            %v391 = arith.muli %v358, %size_H : i64
            %v392 = arith.addi %v390, %v391 : i64
            %v393 = arith.addi %v392, %v21 : i64
            %v394 = llvm.getelementptr %out_m_out[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v389, %v394 : f32, !llvm.ptr
          }
          %v395 = arith.subf %v119, %v389 fastmath<contract> : f32
          %v396 = arith.mulf %v395, %v308 fastmath<contract> : f32
          %v397 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v396) : (f32) -> f32
          scf.if %v18 {
            %v398 = arith.muli %v23, %v94 : i64
            %v399 = arith.muli %v358, %size_H : i64
            %v400 = arith.addi %v398, %v399 : i64
            %v401 = arith.addi %v400, %v21 : i64
            %v402 = llvm.getelementptr %out_i_stab[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v397, %v402 : f32, !llvm.ptr
          }
          %v403 = arith.addi %v40, %v66 : i64
          %v404 = arith.negf %v126 : f32
          %v405 = arith.maximumf %v404, %v304 : f32
          %v406 = llvm.call_intrinsic "llvm.fabs.f32"(%v404) : (f32) -> f32
          %v407 = arith.negf %v406 : f32
          %v408 = arith.mulf %v407, %v308 fastmath<contract> : f32
          %v409 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v408) : (f32) -> f32
          %v410 = arith.addf %v311, %v409 fastmath<contract> : f32
          %v411 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v410) : (f32) -> f32
          %v412 = arith.mulf %v411, %v314 fastmath<contract> : f32
          %v413 = arith.mulf %v316, %v409 fastmath<contract> : f32
          %v414 = arith.addf %v413, %v318 fastmath<contract> : f32
          %v415 = arith.mulf %v414, %v409 fastmath<contract> : f32
          %v416 = arith.addf %v415, %v321 fastmath<contract> : f32
          %v417 = arith.mulf %v416, %v409 fastmath<contract> : f32
          %v418 = arith.addf %v417, %v324 fastmath<contract> : f32
          %v419 = arith.mulf %v418, %v409 fastmath<contract> : f32
          %v420 = arith.addf %v419, %v327 fastmath<contract> : f32
          %v421 = arith.mulf %v420, %v409 fastmath<contract> : f32
          %v422 = arith.addf %v421, %v330 fastmath<contract> : f32
          %v423 = arith.mulf %v422, %v409 fastmath<contract> : f32
          %v424 = arith.addf %v423, %v311 fastmath<contract> : f32
          %v425 = arith.mulf %v424, %v409 fastmath<contract> : f32
          %v426 = llvm.call_intrinsic "llvm.fabs.f32"(%v409) : (f32) -> f32
          %v427 = arith.cmpf olt, %v426, %v336 : f32
          %v428 = arith.select %v427, %v425, %v412 : f32
          %v429 = arith.addf %v405, %v428 fastmath<contract> : f32
          %v430 = arith.negf %v429 : f32
          %v431 = llvm.load %v3 : !llvm.ptr -> f32
          %v432 = arith.addf %v430, %v431 fastmath<contract> : f32
          %v433 = arith.maximumf %v432, %v132 : f32
          llvm.store %v433, %v3 : f32, !llvm.ptr
          %v434 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v435 = arith.muli %v23, %v94 : i64
            %v436 = arith.muli %v403, %size_H : i64
            %v437 = arith.addi %v435, %v436 : i64
            %v438 = arith.addi %v437, %v21 : i64
            %v439 = llvm.getelementptr %out_m_out[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v434, %v439 : f32, !llvm.ptr
          }
          %v440 = arith.subf %v132, %v434 fastmath<contract> : f32
          %v441 = arith.mulf %v440, %v308 fastmath<contract> : f32
          %v442 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v441) : (f32) -> f32
          scf.if %v18 {
            %v443 = arith.muli %v23, %v94 : i64
            %v444 = arith.muli %v403, %size_H : i64
            %v445 = arith.addi %v443, %v444 : i64
            %v446 = arith.addi %v445, %v21 : i64
            %v447 = llvm.getelementptr %out_i_stab[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v442, %v447 : f32, !llvm.ptr
          }
          %v448 = arith.addi %v40, %v68 : i64
          %v449 = arith.negf %v139 : f32
          %v450 = arith.maximumf %v449, %v304 : f32
          %v451 = llvm.call_intrinsic "llvm.fabs.f32"(%v449) : (f32) -> f32
          %v452 = arith.negf %v451 : f32
          %v453 = arith.mulf %v452, %v308 fastmath<contract> : f32
          %v454 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v453) : (f32) -> f32
          %v455 = arith.addf %v311, %v454 fastmath<contract> : f32
          %v456 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v455) : (f32) -> f32
          %v457 = arith.mulf %v456, %v314 fastmath<contract> : f32
          %v458 = arith.mulf %v316, %v454 fastmath<contract> : f32
          %v459 = arith.addf %v458, %v318 fastmath<contract> : f32
          %v460 = arith.mulf %v459, %v454 fastmath<contract> : f32
          %v461 = arith.addf %v460, %v321 fastmath<contract> : f32
          %v462 = arith.mulf %v461, %v454 fastmath<contract> : f32
          %v463 = arith.addf %v462, %v324 fastmath<contract> : f32
          %v464 = arith.mulf %v463, %v454 fastmath<contract> : f32
          %v465 = arith.addf %v464, %v327 fastmath<contract> : f32
          %v466 = arith.mulf %v465, %v454 fastmath<contract> : f32
          %v467 = arith.addf %v466, %v330 fastmath<contract> : f32
          %v468 = arith.mulf %v467, %v454 fastmath<contract> : f32
          %v469 = arith.addf %v468, %v311 fastmath<contract> : f32
          %v470 = arith.mulf %v469, %v454 fastmath<contract> : f32
          %v471 = llvm.call_intrinsic "llvm.fabs.f32"(%v454) : (f32) -> f32
          %v472 = arith.cmpf olt, %v471, %v336 : f32
          %v473 = arith.select %v472, %v470, %v457 : f32
          %v474 = arith.addf %v450, %v473 fastmath<contract> : f32
          %v475 = arith.negf %v474 : f32
          %v476 = llvm.load %v3 : !llvm.ptr -> f32
          %v477 = arith.addf %v475, %v476 fastmath<contract> : f32
          %v478 = arith.maximumf %v477, %v145 : f32
          llvm.store %v478, %v3 : f32, !llvm.ptr
          %v479 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v480 = arith.muli %v23, %v94 : i64
            %v481 = arith.muli %v448, %size_H : i64
            %v482 = arith.addi %v480, %v481 : i64
            %v483 = arith.addi %v482, %v21 : i64
            %v484 = llvm.getelementptr %out_m_out[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v479, %v484 : f32, !llvm.ptr
          }
          %v485 = arith.subf %v145, %v479 fastmath<contract> : f32
          %v486 = arith.mulf %v485, %v308 fastmath<contract> : f32
          %v487 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v486) : (f32) -> f32
          scf.if %v18 {
            %v488 = arith.muli %v23, %v94 : i64
            %v489 = arith.muli %v448, %size_H : i64
            %v490 = arith.addi %v488, %v489 : i64
            %v491 = arith.addi %v490, %v21 : i64
            %v492 = llvm.getelementptr %out_i_stab[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v487, %v492 : f32, !llvm.ptr
          }
          %v493 = arith.addi %v40, %v70 : i64
          %v494 = arith.negf %v152 : f32
          %v495 = arith.maximumf %v494, %v304 : f32
          %v496 = llvm.call_intrinsic "llvm.fabs.f32"(%v494) : (f32) -> f32
          %v497 = arith.negf %v496 : f32
          %v498 = arith.mulf %v497, %v308 fastmath<contract> : f32
          %v499 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v498) : (f32) -> f32
          %v500 = arith.addf %v311, %v499 fastmath<contract> : f32
          %v501 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v500) : (f32) -> f32
          %v502 = arith.mulf %v501, %v314 fastmath<contract> : f32
          %v503 = arith.mulf %v316, %v499 fastmath<contract> : f32
          %v504 = arith.addf %v503, %v318 fastmath<contract> : f32
          %v505 = arith.mulf %v504, %v499 fastmath<contract> : f32
          %v506 = arith.addf %v505, %v321 fastmath<contract> : f32
          %v507 = arith.mulf %v506, %v499 fastmath<contract> : f32
          %v508 = arith.addf %v507, %v324 fastmath<contract> : f32
          %v509 = arith.mulf %v508, %v499 fastmath<contract> : f32
          %v510 = arith.addf %v509, %v327 fastmath<contract> : f32
          %v511 = arith.mulf %v510, %v499 fastmath<contract> : f32
          %v512 = arith.addf %v511, %v330 fastmath<contract> : f32
          %v513 = arith.mulf %v512, %v499 fastmath<contract> : f32
          %v514 = arith.addf %v513, %v311 fastmath<contract> : f32
          %v515 = arith.mulf %v514, %v499 fastmath<contract> : f32
          %v516 = llvm.call_intrinsic "llvm.fabs.f32"(%v499) : (f32) -> f32
          %v517 = arith.cmpf olt, %v516, %v336 : f32
          %v518 = arith.select %v517, %v515, %v502 : f32
          %v519 = arith.addf %v495, %v518 fastmath<contract> : f32
          %v520 = arith.negf %v519 : f32
          %v521 = llvm.load %v3 : !llvm.ptr -> f32
          %v522 = arith.addf %v520, %v521 fastmath<contract> : f32
          %v523 = arith.maximumf %v522, %v158 : f32
          llvm.store %v523, %v3 : f32, !llvm.ptr
          %v524 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v525 = arith.muli %v23, %v94 : i64
            %v526 = arith.muli %v493, %size_H : i64
            %v527 = arith.addi %v525, %v526 : i64
            %v528 = arith.addi %v527, %v21 : i64
            %v529 = llvm.getelementptr %out_m_out[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v524, %v529 : f32, !llvm.ptr
          }
          %v530 = arith.subf %v158, %v524 fastmath<contract> : f32
          %v531 = arith.mulf %v530, %v308 fastmath<contract> : f32
          %v532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v531) : (f32) -> f32
          scf.if %v18 {
            %v533 = arith.muli %v23, %v94 : i64
            %v534 = arith.muli %v493, %size_H : i64
            %v535 = arith.addi %v533, %v534 : i64
            %v536 = arith.addi %v535, %v21 : i64
            %v537 = llvm.getelementptr %out_i_stab[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v532, %v537 : f32, !llvm.ptr
          }
          %v538 = arith.addi %v40, %v72 : i64
          %v539 = arith.negf %v165 : f32
          %v540 = arith.maximumf %v539, %v304 : f32
          %v541 = llvm.call_intrinsic "llvm.fabs.f32"(%v539) : (f32) -> f32
          %v542 = arith.negf %v541 : f32
          %v543 = arith.mulf %v542, %v308 fastmath<contract> : f32
          %v544 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v543) : (f32) -> f32
          %v545 = arith.addf %v311, %v544 fastmath<contract> : f32
          %v546 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v545) : (f32) -> f32
          %v547 = arith.mulf %v546, %v314 fastmath<contract> : f32
          %v548 = arith.mulf %v316, %v544 fastmath<contract> : f32
          %v549 = arith.addf %v548, %v318 fastmath<contract> : f32
          %v550 = arith.mulf %v549, %v544 fastmath<contract> : f32
          %v551 = arith.addf %v550, %v321 fastmath<contract> : f32
          %v552 = arith.mulf %v551, %v544 fastmath<contract> : f32
          %v553 = arith.addf %v552, %v324 fastmath<contract> : f32
          %v554 = arith.mulf %v553, %v544 fastmath<contract> : f32
          %v555 = arith.addf %v554, %v327 fastmath<contract> : f32
          %v556 = arith.mulf %v555, %v544 fastmath<contract> : f32
          %v557 = arith.addf %v556, %v330 fastmath<contract> : f32
          %v558 = arith.mulf %v557, %v544 fastmath<contract> : f32
          %v559 = arith.addf %v558, %v311 fastmath<contract> : f32
          %v560 = arith.mulf %v559, %v544 fastmath<contract> : f32
          %v561 = llvm.call_intrinsic "llvm.fabs.f32"(%v544) : (f32) -> f32
          %v562 = arith.cmpf olt, %v561, %v336 : f32
          %v563 = arith.select %v562, %v560, %v547 : f32
          %v564 = arith.addf %v540, %v563 fastmath<contract> : f32
          %v565 = arith.negf %v564 : f32
          %v566 = llvm.load %v3 : !llvm.ptr -> f32
          %v567 = arith.addf %v565, %v566 fastmath<contract> : f32
          %v568 = arith.maximumf %v567, %v171 : f32
          llvm.store %v568, %v3 : f32, !llvm.ptr
          %v569 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v570 = arith.muli %v23, %v94 : i64
            %v571 = arith.muli %v538, %size_H : i64
            %v572 = arith.addi %v570, %v571 : i64
            %v573 = arith.addi %v572, %v21 : i64
            %v574 = llvm.getelementptr %out_m_out[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v569, %v574 : f32, !llvm.ptr
          }
          %v575 = arith.subf %v171, %v569 fastmath<contract> : f32
          %v576 = arith.mulf %v575, %v308 fastmath<contract> : f32
          %v577 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v576) : (f32) -> f32
          scf.if %v18 {
            %v578 = arith.muli %v23, %v94 : i64
            %v579 = arith.muli %v538, %size_H : i64
            %v580 = arith.addi %v578, %v579 : i64
            %v581 = arith.addi %v580, %v21 : i64
            %v582 = llvm.getelementptr %out_i_stab[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v577, %v582 : f32, !llvm.ptr
          }
          %v583 = arith.addi %v40, %v74 : i64
          %v584 = arith.negf %v178 : f32
          %v585 = arith.maximumf %v584, %v304 : f32
          %v586 = llvm.call_intrinsic "llvm.fabs.f32"(%v584) : (f32) -> f32
          %v587 = arith.negf %v586 : f32
          %v588 = arith.mulf %v587, %v308 fastmath<contract> : f32
          %v589 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v588) : (f32) -> f32
          %v590 = arith.addf %v311, %v589 fastmath<contract> : f32
          %v591 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v590) : (f32) -> f32
          %v592 = arith.mulf %v591, %v314 fastmath<contract> : f32
          %v593 = arith.mulf %v316, %v589 fastmath<contract> : f32
          %v594 = arith.addf %v593, %v318 fastmath<contract> : f32
          %v595 = arith.mulf %v594, %v589 fastmath<contract> : f32
          %v596 = arith.addf %v595, %v321 fastmath<contract> : f32
          %v597 = arith.mulf %v596, %v589 fastmath<contract> : f32
          %v598 = arith.addf %v597, %v324 fastmath<contract> : f32
          %v599 = arith.mulf %v598, %v589 fastmath<contract> : f32
          %v600 = arith.addf %v599, %v327 fastmath<contract> : f32
          %v601 = arith.mulf %v600, %v589 fastmath<contract> : f32
          %v602 = arith.addf %v601, %v330 fastmath<contract> : f32
          %v603 = arith.mulf %v602, %v589 fastmath<contract> : f32
          %v604 = arith.addf %v603, %v311 fastmath<contract> : f32
          %v605 = arith.mulf %v604, %v589 fastmath<contract> : f32
          %v606 = llvm.call_intrinsic "llvm.fabs.f32"(%v589) : (f32) -> f32
          %v607 = arith.cmpf olt, %v606, %v336 : f32
          %v608 = arith.select %v607, %v605, %v592 : f32
          %v609 = arith.addf %v585, %v608 fastmath<contract> : f32
          %v610 = arith.negf %v609 : f32
          %v611 = llvm.load %v3 : !llvm.ptr -> f32
          %v612 = arith.addf %v610, %v611 fastmath<contract> : f32
          %v613 = arith.maximumf %v612, %v184 : f32
          llvm.store %v613, %v3 : f32, !llvm.ptr
          %v614 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v615 = arith.muli %v23, %v94 : i64
            %v616 = arith.muli %v583, %size_H : i64
            %v617 = arith.addi %v615, %v616 : i64
            %v618 = arith.addi %v617, %v21 : i64
            %v619 = llvm.getelementptr %out_m_out[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v614, %v619 : f32, !llvm.ptr
          }
          %v620 = arith.subf %v184, %v614 fastmath<contract> : f32
          %v621 = arith.mulf %v620, %v308 fastmath<contract> : f32
          %v622 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v621) : (f32) -> f32
          scf.if %v18 {
            %v623 = arith.muli %v23, %v94 : i64
            %v624 = arith.muli %v583, %size_H : i64
            %v625 = arith.addi %v623, %v624 : i64
            %v626 = arith.addi %v625, %v21 : i64
            %v627 = llvm.getelementptr %out_i_stab[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v622, %v627 : f32, !llvm.ptr
          }
          %v628 = arith.addi %v40, %v76 : i64
          %v629 = arith.negf %v191 : f32
          %v630 = arith.maximumf %v629, %v304 : f32
          %v631 = llvm.call_intrinsic "llvm.fabs.f32"(%v629) : (f32) -> f32
          %v632 = arith.negf %v631 : f32
          %v633 = arith.mulf %v632, %v308 fastmath<contract> : f32
          %v634 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v633) : (f32) -> f32
          %v635 = arith.addf %v311, %v634 fastmath<contract> : f32
          %v636 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v635) : (f32) -> f32
          %v637 = arith.mulf %v636, %v314 fastmath<contract> : f32
          %v638 = arith.mulf %v316, %v634 fastmath<contract> : f32
          %v639 = arith.addf %v638, %v318 fastmath<contract> : f32
          %v640 = arith.mulf %v639, %v634 fastmath<contract> : f32
          %v641 = arith.addf %v640, %v321 fastmath<contract> : f32
          %v642 = arith.mulf %v641, %v634 fastmath<contract> : f32
          %v643 = arith.addf %v642, %v324 fastmath<contract> : f32
          %v644 = arith.mulf %v643, %v634 fastmath<contract> : f32
          %v645 = arith.addf %v644, %v327 fastmath<contract> : f32
          %v646 = arith.mulf %v645, %v634 fastmath<contract> : f32
          %v647 = arith.addf %v646, %v330 fastmath<contract> : f32
          %v648 = arith.mulf %v647, %v634 fastmath<contract> : f32
          %v649 = arith.addf %v648, %v311 fastmath<contract> : f32
          %v650 = arith.mulf %v649, %v634 fastmath<contract> : f32
          %v651 = llvm.call_intrinsic "llvm.fabs.f32"(%v634) : (f32) -> f32
          %v652 = arith.cmpf olt, %v651, %v336 : f32
          %v653 = arith.select %v652, %v650, %v637 : f32
          %v654 = arith.addf %v630, %v653 fastmath<contract> : f32
          %v655 = arith.negf %v654 : f32
          %v656 = llvm.load %v3 : !llvm.ptr -> f32
          %v657 = arith.addf %v655, %v656 fastmath<contract> : f32
          %v658 = arith.maximumf %v657, %v197 : f32
          llvm.store %v658, %v3 : f32, !llvm.ptr
          %v659 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v660 = arith.muli %v23, %v94 : i64
            %v661 = arith.muli %v628, %size_H : i64
            %v662 = arith.addi %v660, %v661 : i64
            %v663 = arith.addi %v662, %v21 : i64
            %v664 = llvm.getelementptr %out_m_out[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v659, %v664 : f32, !llvm.ptr
          }
          %v665 = arith.subf %v197, %v659 fastmath<contract> : f32
          %v666 = arith.mulf %v665, %v308 fastmath<contract> : f32
          %v667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v666) : (f32) -> f32
          scf.if %v18 {
            %v668 = arith.muli %v23, %v94 : i64
            %v669 = arith.muli %v628, %size_H : i64
            %v670 = arith.addi %v668, %v669 : i64
            %v671 = arith.addi %v670, %v21 : i64
            %v672 = llvm.getelementptr %out_i_stab[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v667, %v672 : f32, !llvm.ptr
          }
          %v673 = arith.addi %v40, %v78 : i64
          %v674 = arith.negf %v204 : f32
          %v675 = arith.maximumf %v674, %v304 : f32
          %v676 = llvm.call_intrinsic "llvm.fabs.f32"(%v674) : (f32) -> f32
          %v677 = arith.negf %v676 : f32
          %v678 = arith.mulf %v677, %v308 fastmath<contract> : f32
          %v679 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v678) : (f32) -> f32
          %v680 = arith.addf %v311, %v679 fastmath<contract> : f32
          %v681 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v680) : (f32) -> f32
          %v682 = arith.mulf %v681, %v314 fastmath<contract> : f32
          %v683 = arith.mulf %v316, %v679 fastmath<contract> : f32
          %v684 = arith.addf %v683, %v318 fastmath<contract> : f32
          %v685 = arith.mulf %v684, %v679 fastmath<contract> : f32
          %v686 = arith.addf %v685, %v321 fastmath<contract> : f32
          %v687 = arith.mulf %v686, %v679 fastmath<contract> : f32
          %v688 = arith.addf %v687, %v324 fastmath<contract> : f32
          %v689 = arith.mulf %v688, %v679 fastmath<contract> : f32
          %v690 = arith.addf %v689, %v327 fastmath<contract> : f32
          %v691 = arith.mulf %v690, %v679 fastmath<contract> : f32
          %v692 = arith.addf %v691, %v330 fastmath<contract> : f32
          %v693 = arith.mulf %v692, %v679 fastmath<contract> : f32
          %v694 = arith.addf %v693, %v311 fastmath<contract> : f32
          %v695 = arith.mulf %v694, %v679 fastmath<contract> : f32
          %v696 = llvm.call_intrinsic "llvm.fabs.f32"(%v679) : (f32) -> f32
          %v697 = arith.cmpf olt, %v696, %v336 : f32
          %v698 = arith.select %v697, %v695, %v682 : f32
          %v699 = arith.addf %v675, %v698 fastmath<contract> : f32
          %v700 = arith.negf %v699 : f32
          %v701 = llvm.load %v3 : !llvm.ptr -> f32
          %v702 = arith.addf %v700, %v701 fastmath<contract> : f32
          %v703 = arith.maximumf %v702, %v210 : f32
          llvm.store %v703, %v3 : f32, !llvm.ptr
          %v704 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v705 = arith.muli %v23, %v94 : i64
            %v706 = arith.muli %v673, %size_H : i64
            %v707 = arith.addi %v705, %v706 : i64
            %v708 = arith.addi %v707, %v21 : i64
            %v709 = llvm.getelementptr %out_m_out[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v704, %v709 : f32, !llvm.ptr
          }
          %v710 = arith.subf %v210, %v704 fastmath<contract> : f32
          %v711 = arith.mulf %v710, %v308 fastmath<contract> : f32
          %v712 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v711) : (f32) -> f32
          scf.if %v18 {
            %v713 = arith.muli %v23, %v94 : i64
            %v714 = arith.muli %v673, %size_H : i64
            %v715 = arith.addi %v713, %v714 : i64
            %v716 = arith.addi %v715, %v21 : i64
            %v717 = llvm.getelementptr %out_i_stab[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v712, %v717 : f32, !llvm.ptr
          }
          %v718 = arith.addi %v40, %v80 : i64
          %v719 = arith.negf %v217 : f32
          %v720 = arith.maximumf %v719, %v304 : f32
          %v721 = llvm.call_intrinsic "llvm.fabs.f32"(%v719) : (f32) -> f32
          %v722 = arith.negf %v721 : f32
          %v723 = arith.mulf %v722, %v308 fastmath<contract> : f32
          %v724 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v723) : (f32) -> f32
          %v725 = arith.addf %v311, %v724 fastmath<contract> : f32
          %v726 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v725) : (f32) -> f32
          %v727 = arith.mulf %v726, %v314 fastmath<contract> : f32
          %v728 = arith.mulf %v316, %v724 fastmath<contract> : f32
          %v729 = arith.addf %v728, %v318 fastmath<contract> : f32
          %v730 = arith.mulf %v729, %v724 fastmath<contract> : f32
          %v731 = arith.addf %v730, %v321 fastmath<contract> : f32
          %v732 = arith.mulf %v731, %v724 fastmath<contract> : f32
          %v733 = arith.addf %v732, %v324 fastmath<contract> : f32
          %v734 = arith.mulf %v733, %v724 fastmath<contract> : f32
          %v735 = arith.addf %v734, %v327 fastmath<contract> : f32
          %v736 = arith.mulf %v735, %v724 fastmath<contract> : f32
          %v737 = arith.addf %v736, %v330 fastmath<contract> : f32
          %v738 = arith.mulf %v737, %v724 fastmath<contract> : f32
          %v739 = arith.addf %v738, %v311 fastmath<contract> : f32
          %v740 = arith.mulf %v739, %v724 fastmath<contract> : f32
          %v741 = llvm.call_intrinsic "llvm.fabs.f32"(%v724) : (f32) -> f32
          %v742 = arith.cmpf olt, %v741, %v336 : f32
          %v743 = arith.select %v742, %v740, %v727 : f32
          %v744 = arith.addf %v720, %v743 fastmath<contract> : f32
          %v745 = arith.negf %v744 : f32
          %v746 = llvm.load %v3 : !llvm.ptr -> f32
          %v747 = arith.addf %v745, %v746 fastmath<contract> : f32
          %v748 = arith.maximumf %v747, %v223 : f32
          llvm.store %v748, %v3 : f32, !llvm.ptr
          %v749 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v750 = arith.muli %v23, %v94 : i64
            %v751 = arith.muli %v718, %size_H : i64
            %v752 = arith.addi %v750, %v751 : i64
            %v753 = arith.addi %v752, %v21 : i64
            %v754 = llvm.getelementptr %out_m_out[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v749, %v754 : f32, !llvm.ptr
          }
          %v755 = arith.subf %v223, %v749 fastmath<contract> : f32
          %v756 = arith.mulf %v755, %v308 fastmath<contract> : f32
          %v757 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v756) : (f32) -> f32
          scf.if %v18 {
            %v758 = arith.muli %v23, %v94 : i64
            %v759 = arith.muli %v718, %size_H : i64
            %v760 = arith.addi %v758, %v759 : i64
            %v761 = arith.addi %v760, %v21 : i64
            %v762 = llvm.getelementptr %out_i_stab[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v757, %v762 : f32, !llvm.ptr
          }
          %v763 = arith.addi %v40, %v82 : i64
          %v764 = arith.negf %v230 : f32
          %v765 = arith.maximumf %v764, %v304 : f32
          %v766 = llvm.call_intrinsic "llvm.fabs.f32"(%v764) : (f32) -> f32
          %v767 = arith.negf %v766 : f32
          %v768 = arith.mulf %v767, %v308 fastmath<contract> : f32
          %v769 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v768) : (f32) -> f32
          %v770 = arith.addf %v311, %v769 fastmath<contract> : f32
          %v771 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v770) : (f32) -> f32
          %v772 = arith.mulf %v771, %v314 fastmath<contract> : f32
          %v773 = arith.mulf %v316, %v769 fastmath<contract> : f32
          %v774 = arith.addf %v773, %v318 fastmath<contract> : f32
          %v775 = arith.mulf %v774, %v769 fastmath<contract> : f32
          %v776 = arith.addf %v775, %v321 fastmath<contract> : f32
          %v777 = arith.mulf %v776, %v769 fastmath<contract> : f32
          %v778 = arith.addf %v777, %v324 fastmath<contract> : f32
          %v779 = arith.mulf %v778, %v769 fastmath<contract> : f32
          %v780 = arith.addf %v779, %v327 fastmath<contract> : f32
          %v781 = arith.mulf %v780, %v769 fastmath<contract> : f32
          %v782 = arith.addf %v781, %v330 fastmath<contract> : f32
          %v783 = arith.mulf %v782, %v769 fastmath<contract> : f32
          %v784 = arith.addf %v783, %v311 fastmath<contract> : f32
          %v785 = arith.mulf %v784, %v769 fastmath<contract> : f32
          %v786 = llvm.call_intrinsic "llvm.fabs.f32"(%v769) : (f32) -> f32
          %v787 = arith.cmpf olt, %v786, %v336 : f32
          %v788 = arith.select %v787, %v785, %v772 : f32
          %v789 = arith.addf %v765, %v788 fastmath<contract> : f32
          %v790 = arith.negf %v789 : f32
          %v791 = llvm.load %v3 : !llvm.ptr -> f32
          %v792 = arith.addf %v790, %v791 fastmath<contract> : f32
          %v793 = arith.maximumf %v792, %v236 : f32
          llvm.store %v793, %v3 : f32, !llvm.ptr
          %v794 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v795 = arith.muli %v23, %v94 : i64
            %v796 = arith.muli %v763, %size_H : i64
            %v797 = arith.addi %v795, %v796 : i64
            %v798 = arith.addi %v797, %v21 : i64
            %v799 = llvm.getelementptr %out_m_out[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v794, %v799 : f32, !llvm.ptr
          }
          %v800 = arith.subf %v236, %v794 fastmath<contract> : f32
          %v801 = arith.mulf %v800, %v308 fastmath<contract> : f32
          %v802 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v801) : (f32) -> f32
          scf.if %v18 {
            %v803 = arith.muli %v23, %v94 : i64
            %v804 = arith.muli %v763, %size_H : i64
            %v805 = arith.addi %v803, %v804 : i64
            %v806 = arith.addi %v805, %v21 : i64
            %v807 = llvm.getelementptr %out_i_stab[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v802, %v807 : f32, !llvm.ptr
          }
          %v808 = arith.addi %v40, %v84 : i64
          %v809 = arith.negf %v243 : f32
          %v810 = arith.maximumf %v809, %v304 : f32
          %v811 = llvm.call_intrinsic "llvm.fabs.f32"(%v809) : (f32) -> f32
          %v812 = arith.negf %v811 : f32
          %v813 = arith.mulf %v812, %v308 fastmath<contract> : f32
          %v814 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v813) : (f32) -> f32
          %v815 = arith.addf %v311, %v814 fastmath<contract> : f32
          %v816 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v815) : (f32) -> f32
          %v817 = arith.mulf %v816, %v314 fastmath<contract> : f32
          %v818 = arith.mulf %v316, %v814 fastmath<contract> : f32
          %v819 = arith.addf %v818, %v318 fastmath<contract> : f32
          %v820 = arith.mulf %v819, %v814 fastmath<contract> : f32
          %v821 = arith.addf %v820, %v321 fastmath<contract> : f32
          %v822 = arith.mulf %v821, %v814 fastmath<contract> : f32
          %v823 = arith.addf %v822, %v324 fastmath<contract> : f32
          %v824 = arith.mulf %v823, %v814 fastmath<contract> : f32
          %v825 = arith.addf %v824, %v327 fastmath<contract> : f32
          %v826 = arith.mulf %v825, %v814 fastmath<contract> : f32
          %v827 = arith.addf %v826, %v330 fastmath<contract> : f32
          %v828 = arith.mulf %v827, %v814 fastmath<contract> : f32
          %v829 = arith.addf %v828, %v311 fastmath<contract> : f32
          %v830 = arith.mulf %v829, %v814 fastmath<contract> : f32
          %v831 = llvm.call_intrinsic "llvm.fabs.f32"(%v814) : (f32) -> f32
          %v832 = arith.cmpf olt, %v831, %v336 : f32
          %v833 = arith.select %v832, %v830, %v817 : f32
          %v834 = arith.addf %v810, %v833 fastmath<contract> : f32
          %v835 = arith.negf %v834 : f32
          %v836 = llvm.load %v3 : !llvm.ptr -> f32
          %v837 = arith.addf %v835, %v836 fastmath<contract> : f32
          %v838 = arith.maximumf %v837, %v249 : f32
          llvm.store %v838, %v3 : f32, !llvm.ptr
          %v839 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v840 = arith.muli %v23, %v94 : i64
            %v841 = arith.muli %v808, %size_H : i64
            %v842 = arith.addi %v840, %v841 : i64
            %v843 = arith.addi %v842, %v21 : i64
            %v844 = llvm.getelementptr %out_m_out[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v839, %v844 : f32, !llvm.ptr
          }
          %v845 = arith.subf %v249, %v839 fastmath<contract> : f32
          %v846 = arith.mulf %v845, %v308 fastmath<contract> : f32
          %v847 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v846) : (f32) -> f32
          scf.if %v18 {
            %v848 = arith.muli %v23, %v94 : i64
            %v849 = arith.muli %v808, %size_H : i64
            %v850 = arith.addi %v848, %v849 : i64
            %v851 = arith.addi %v850, %v21 : i64
            %v852 = llvm.getelementptr %out_i_stab[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v847, %v852 : f32, !llvm.ptr
          }
          %v853 = arith.addi %v40, %v86 : i64
          %v854 = arith.negf %v256 : f32
          %v855 = arith.maximumf %v854, %v304 : f32
          %v856 = llvm.call_intrinsic "llvm.fabs.f32"(%v854) : (f32) -> f32
          %v857 = arith.negf %v856 : f32
          %v858 = arith.mulf %v857, %v308 fastmath<contract> : f32
          %v859 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v858) : (f32) -> f32
          %v860 = arith.addf %v311, %v859 fastmath<contract> : f32
          %v861 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v860) : (f32) -> f32
          %v862 = arith.mulf %v861, %v314 fastmath<contract> : f32
          %v863 = arith.mulf %v316, %v859 fastmath<contract> : f32
          %v864 = arith.addf %v863, %v318 fastmath<contract> : f32
          %v865 = arith.mulf %v864, %v859 fastmath<contract> : f32
          %v866 = arith.addf %v865, %v321 fastmath<contract> : f32
          %v867 = arith.mulf %v866, %v859 fastmath<contract> : f32
          %v868 = arith.addf %v867, %v324 fastmath<contract> : f32
          %v869 = arith.mulf %v868, %v859 fastmath<contract> : f32
          %v870 = arith.addf %v869, %v327 fastmath<contract> : f32
          %v871 = arith.mulf %v870, %v859 fastmath<contract> : f32
          %v872 = arith.addf %v871, %v330 fastmath<contract> : f32
          %v873 = arith.mulf %v872, %v859 fastmath<contract> : f32
          %v874 = arith.addf %v873, %v311 fastmath<contract> : f32
          %v875 = arith.mulf %v874, %v859 fastmath<contract> : f32
          %v876 = llvm.call_intrinsic "llvm.fabs.f32"(%v859) : (f32) -> f32
          %v877 = arith.cmpf olt, %v876, %v336 : f32
          %v878 = arith.select %v877, %v875, %v862 : f32
          %v879 = arith.addf %v855, %v878 fastmath<contract> : f32
          %v880 = arith.negf %v879 : f32
          %v881 = llvm.load %v3 : !llvm.ptr -> f32
          %v882 = arith.addf %v880, %v881 fastmath<contract> : f32
          %v883 = arith.maximumf %v882, %v262 : f32
          llvm.store %v883, %v3 : f32, !llvm.ptr
          %v884 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v885 = arith.muli %v23, %v94 : i64
            %v886 = arith.muli %v853, %size_H : i64
            %v887 = arith.addi %v885, %v886 : i64
            %v888 = arith.addi %v887, %v21 : i64
            %v889 = llvm.getelementptr %out_m_out[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v884, %v889 : f32, !llvm.ptr
          }
          %v890 = arith.subf %v262, %v884 fastmath<contract> : f32
          %v891 = arith.mulf %v890, %v308 fastmath<contract> : f32
          %v892 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v891) : (f32) -> f32
          scf.if %v18 {
            %v893 = arith.muli %v23, %v94 : i64
            %v894 = arith.muli %v853, %size_H : i64
            %v895 = arith.addi %v893, %v894 : i64
            %v896 = arith.addi %v895, %v21 : i64
            %v897 = llvm.getelementptr %out_i_stab[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v892, %v897 : f32, !llvm.ptr
          }
          %v898 = arith.addi %v40, %v88 : i64
          %v899 = arith.negf %v269 : f32
          %v900 = arith.maximumf %v899, %v304 : f32
          %v901 = llvm.call_intrinsic "llvm.fabs.f32"(%v899) : (f32) -> f32
          %v902 = arith.negf %v901 : f32
          %v903 = arith.mulf %v902, %v308 fastmath<contract> : f32
          %v904 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v903) : (f32) -> f32
          %v905 = arith.addf %v311, %v904 fastmath<contract> : f32
          %v906 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v905) : (f32) -> f32
          %v907 = arith.mulf %v906, %v314 fastmath<contract> : f32
          %v908 = arith.mulf %v316, %v904 fastmath<contract> : f32
          %v909 = arith.addf %v908, %v318 fastmath<contract> : f32
          %v910 = arith.mulf %v909, %v904 fastmath<contract> : f32
          %v911 = arith.addf %v910, %v321 fastmath<contract> : f32
          %v912 = arith.mulf %v911, %v904 fastmath<contract> : f32
          %v913 = arith.addf %v912, %v324 fastmath<contract> : f32
          %v914 = arith.mulf %v913, %v904 fastmath<contract> : f32
          %v915 = arith.addf %v914, %v327 fastmath<contract> : f32
          %v916 = arith.mulf %v915, %v904 fastmath<contract> : f32
          %v917 = arith.addf %v916, %v330 fastmath<contract> : f32
          %v918 = arith.mulf %v917, %v904 fastmath<contract> : f32
          %v919 = arith.addf %v918, %v311 fastmath<contract> : f32
          %v920 = arith.mulf %v919, %v904 fastmath<contract> : f32
          %v921 = llvm.call_intrinsic "llvm.fabs.f32"(%v904) : (f32) -> f32
          %v922 = arith.cmpf olt, %v921, %v336 : f32
          %v923 = arith.select %v922, %v920, %v907 : f32
          %v924 = arith.addf %v900, %v923 fastmath<contract> : f32
          %v925 = arith.negf %v924 : f32
          %v926 = llvm.load %v3 : !llvm.ptr -> f32
          %v927 = arith.addf %v925, %v926 fastmath<contract> : f32
          %v928 = arith.maximumf %v927, %v275 : f32
          llvm.store %v928, %v3 : f32, !llvm.ptr
          %v929 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v930 = arith.muli %v23, %v94 : i64
            %v931 = arith.muli %v898, %size_H : i64
            %v932 = arith.addi %v930, %v931 : i64
            %v933 = arith.addi %v932, %v21 : i64
            %v934 = llvm.getelementptr %out_m_out[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v929, %v934 : f32, !llvm.ptr
          }
          %v935 = arith.subf %v275, %v929 fastmath<contract> : f32
          %v936 = arith.mulf %v935, %v308 fastmath<contract> : f32
          %v937 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v936) : (f32) -> f32
          scf.if %v18 {
            %v938 = arith.muli %v23, %v94 : i64
            %v939 = arith.muli %v898, %size_H : i64
            %v940 = arith.addi %v938, %v939 : i64
            %v941 = arith.addi %v940, %v21 : i64
            %v942 = llvm.getelementptr %out_i_stab[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v937, %v942 : f32, !llvm.ptr
          }
          %v943 = arith.addi %v40, %v90 : i64
          %v944 = arith.negf %v282 : f32
          %v945 = arith.maximumf %v944, %v304 : f32
          %v946 = llvm.call_intrinsic "llvm.fabs.f32"(%v944) : (f32) -> f32
          %v947 = arith.negf %v946 : f32
          %v948 = arith.mulf %v947, %v308 fastmath<contract> : f32
          %v949 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v948) : (f32) -> f32
          %v950 = arith.addf %v311, %v949 fastmath<contract> : f32
          %v951 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v950) : (f32) -> f32
          %v952 = arith.mulf %v951, %v314 fastmath<contract> : f32
          %v953 = arith.mulf %v316, %v949 fastmath<contract> : f32
          %v954 = arith.addf %v953, %v318 fastmath<contract> : f32
          %v955 = arith.mulf %v954, %v949 fastmath<contract> : f32
          %v956 = arith.addf %v955, %v321 fastmath<contract> : f32
          %v957 = arith.mulf %v956, %v949 fastmath<contract> : f32
          %v958 = arith.addf %v957, %v324 fastmath<contract> : f32
          %v959 = arith.mulf %v958, %v949 fastmath<contract> : f32
          %v960 = arith.addf %v959, %v327 fastmath<contract> : f32
          %v961 = arith.mulf %v960, %v949 fastmath<contract> : f32
          %v962 = arith.addf %v961, %v330 fastmath<contract> : f32
          %v963 = arith.mulf %v962, %v949 fastmath<contract> : f32
          %v964 = arith.addf %v963, %v311 fastmath<contract> : f32
          %v965 = arith.mulf %v964, %v949 fastmath<contract> : f32
          %v966 = llvm.call_intrinsic "llvm.fabs.f32"(%v949) : (f32) -> f32
          %v967 = arith.cmpf olt, %v966, %v336 : f32
          %v968 = arith.select %v967, %v965, %v952 : f32
          %v969 = arith.addf %v945, %v968 fastmath<contract> : f32
          %v970 = arith.negf %v969 : f32
          %v971 = llvm.load %v3 : !llvm.ptr -> f32
          %v972 = arith.addf %v970, %v971 fastmath<contract> : f32
          %v973 = arith.maximumf %v972, %v288 : f32
          llvm.store %v973, %v3 : f32, !llvm.ptr
          %v974 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v975 = arith.muli %v23, %v94 : i64
            %v976 = arith.muli %v943, %size_H : i64
            %v977 = arith.addi %v975, %v976 : i64
            %v978 = arith.addi %v977, %v21 : i64
            %v979 = llvm.getelementptr %out_m_out[%v978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v974, %v979 : f32, !llvm.ptr
          }
          %v980 = arith.subf %v288, %v974 fastmath<contract> : f32
          %v981 = arith.mulf %v980, %v308 fastmath<contract> : f32
          %v982 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v981) : (f32) -> f32
          scf.if %v18 {
            %v983 = arith.muli %v23, %v94 : i64
            %v984 = arith.muli %v943, %size_H : i64
            %v985 = arith.addi %v983, %v984 : i64
            %v986 = arith.addi %v985, %v21 : i64
            %v987 = llvm.getelementptr %out_i_stab[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v982, %v987 : f32, !llvm.ptr
          }
          %v988 = arith.addi %v40, %v92 : i64
          %v989 = arith.negf %v295 : f32
          %v990 = arith.maximumf %v989, %v304 : f32
          %v991 = llvm.call_intrinsic "llvm.fabs.f32"(%v989) : (f32) -> f32
          %v992 = arith.negf %v991 : f32
          %v993 = arith.mulf %v992, %v308 fastmath<contract> : f32
          %v994 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v993) : (f32) -> f32
          %v995 = arith.addf %v311, %v994 fastmath<contract> : f32
          %v996 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v995) : (f32) -> f32
          %v997 = arith.mulf %v996, %v314 fastmath<contract> : f32
          %v998 = arith.mulf %v316, %v994 fastmath<contract> : f32
          %v999 = arith.addf %v998, %v318 fastmath<contract> : f32
          %v1000 = arith.mulf %v999, %v994 fastmath<contract> : f32
          %v1001 = arith.addf %v1000, %v321 fastmath<contract> : f32
          %v1002 = arith.mulf %v1001, %v994 fastmath<contract> : f32
          %v1003 = arith.addf %v1002, %v324 fastmath<contract> : f32
          %v1004 = arith.mulf %v1003, %v994 fastmath<contract> : f32
          %v1005 = arith.addf %v1004, %v327 fastmath<contract> : f32
          %v1006 = arith.mulf %v1005, %v994 fastmath<contract> : f32
          %v1007 = arith.addf %v1006, %v330 fastmath<contract> : f32
          %v1008 = arith.mulf %v1007, %v994 fastmath<contract> : f32
          %v1009 = arith.addf %v1008, %v311 fastmath<contract> : f32
          %v1010 = arith.mulf %v1009, %v994 fastmath<contract> : f32
          %v1011 = llvm.call_intrinsic "llvm.fabs.f32"(%v994) : (f32) -> f32
          %v1012 = arith.cmpf olt, %v1011, %v336 : f32
          %v1013 = arith.select %v1012, %v1010, %v997 : f32
          %v1014 = arith.addf %v990, %v1013 fastmath<contract> : f32
          %v1015 = arith.negf %v1014 : f32
          %v1016 = llvm.load %v3 : !llvm.ptr -> f32
          %v1017 = arith.addf %v1015, %v1016 fastmath<contract> : f32
          %v1018 = arith.maximumf %v1017, %v301 : f32
          llvm.store %v1018, %v3 : f32, !llvm.ptr
          %v1019 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v1020 = arith.muli %v23, %v94 : i64
            %v1021 = arith.muli %v988, %size_H : i64
            %v1022 = arith.addi %v1020, %v1021 : i64
            %v1023 = arith.addi %v1022, %v21 : i64
            %v1024 = llvm.getelementptr %out_m_out[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1019, %v1024 : f32, !llvm.ptr
          }
          %v1025 = arith.subf %v301, %v1019 fastmath<contract> : f32
          %v1026 = arith.mulf %v1025, %v308 fastmath<contract> : f32
          %v1027 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1026) : (f32) -> f32
          scf.if %v18 {
            %v1028 = arith.muli %v23, %v94 : i64
            %v1029 = arith.muli %v988, %size_H : i64
            %v1030 = arith.addi %v1028, %v1029 : i64
            %v1031 = arith.addi %v1030, %v21 : i64
            %v1032 = llvm.getelementptr %out_i_stab[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1027, %v1032 : f32, !llvm.ptr
          }
        }
        %v1033 = arith.muli %v57, %v56 : i64
        %v1034 = arith.index_cast %v1033 : i64 to index
        %v1035 = arith.index_cast %v55 : i64 to index
        %v1036 = arith.index_cast %v1 : i64 to index
        scf.for %v1037 = %v1034 to %v1035 step %v1036 {
          %v1038 = arith.index_cast %v1037 : index to i64
          %v1039 = arith.addi %v40, %v1038 : i64
          %v1040 = arith.muli %v23, %v94 : i64
          %v1041 = arith.muli %v1039, %size_H : i64
          %v1042 = arith.addi %v1040, %v1041 : i64
          %v1043 = arith.addi %v1042, %v21 : i64
          %v1044 = llvm.getelementptr %in_fg[%v1043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1045 = llvm.load %v1044 : !llvm.ptr -> f32
          %v1046 = arith.negf %v1045 : f32
          %v1047 = arith.maximumf %v1046, %v304 : f32
          %v1048 = llvm.call_intrinsic "llvm.fabs.f32"(%v1046) : (f32) -> f32
          %v1049 = arith.negf %v1048 : f32
          %v1050 = arith.mulf %v1049, %v308 fastmath<contract> : f32
          %v1051 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1050) : (f32) -> f32
          %v1052 = arith.addf %v311, %v1051 fastmath<contract> : f32
          %v1053 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1052) : (f32) -> f32
          %v1054 = arith.mulf %v1053, %v314 fastmath<contract> : f32
          %v1055 = arith.mulf %v316, %v1051 fastmath<contract> : f32
          %v1056 = arith.addf %v1055, %v318 fastmath<contract> : f32
          %v1057 = arith.mulf %v1056, %v1051 fastmath<contract> : f32
          %v1058 = arith.addf %v1057, %v321 fastmath<contract> : f32
          %v1059 = arith.mulf %v1058, %v1051 fastmath<contract> : f32
          %v1060 = arith.addf %v1059, %v324 fastmath<contract> : f32
          %v1061 = arith.mulf %v1060, %v1051 fastmath<contract> : f32
          %v1062 = arith.addf %v1061, %v327 fastmath<contract> : f32
          %v1063 = arith.mulf %v1062, %v1051 fastmath<contract> : f32
          %v1064 = arith.addf %v1063, %v330 fastmath<contract> : f32
          %v1065 = arith.mulf %v1064, %v1051 fastmath<contract> : f32
          %v1066 = arith.addf %v1065, %v311 fastmath<contract> : f32
          %v1067 = arith.mulf %v1066, %v1051 fastmath<contract> : f32
          %v1068 = llvm.call_intrinsic "llvm.fabs.f32"(%v1051) : (f32) -> f32
          %v1069 = arith.cmpf olt, %v1068, %v336 : f32
          %v1070 = arith.select %v1069, %v1067, %v1054 : f32
          %v1071 = arith.addf %v1047, %v1070 fastmath<contract> : f32
          %v1072 = arith.negf %v1071 : f32
          %v1073 = arith.muli %v23, %v94 : i64
          %v1074 = arith.muli %v1039, %size_H : i64
          %v1075 = arith.addi %v1073, %v1074 : i64
          %v1076 = arith.addi %v1075, %v21 : i64
          %v1077 = llvm.getelementptr %in_ig[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1078 = llvm.load %v1077 : !llvm.ptr -> f32
          %v1079 = llvm.load %v3 : !llvm.ptr -> f32
          %v1080 = arith.addf %v1072, %v1079 fastmath<contract> : f32
          %v1081 = arith.maximumf %v1080, %v1078 : f32
          llvm.store %v1081, %v3 : f32, !llvm.ptr
          %v1082 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v18 {
            %v1083 = arith.muli %v23, %v94 : i64
            %v1084 = arith.muli %v1039, %size_H : i64
            %v1085 = arith.addi %v1083, %v1084 : i64
            %v1086 = arith.addi %v1085, %v21 : i64
            %v1087 = llvm.getelementptr %out_m_out[%v1086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1082, %v1087 : f32, !llvm.ptr
          }
          %v1088 = arith.subf %v1078, %v1082 fastmath<contract> : f32
          %v1089 = arith.mulf %v1088, %v308 fastmath<contract> : f32
          %v1090 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1089) : (f32) -> f32
          scf.if %v18 {
            %v1091 = arith.muli %v23, %v94 : i64
            %v1092 = arith.muli %v1039, %size_H : i64
            %v1093 = arith.addi %v1091, %v1092 : i64
            %v1094 = arith.addi %v1093, %v21 : i64
            %v1095 = llvm.getelementptr %out_i_stab[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1090, %v1095 : f32, !llvm.ptr
          }
        }
      }
      %v1096 = arith.subi %v7, %v1 : i64
      %v1097 = arith.cmpi eq, %v14, %v1096 : i64
      %v1098 = arith.andi %v18, %v1097 : i1
      %v1099 = llvm.load %v3 : !llvm.ptr -> f32
      scf.if %v1098 {
        %v1100 = arith.muli %v23, %size_H : i64
        %v1101 = arith.addi %v1100, %v21 : i64
        %v1102 = llvm.getelementptr %out_m_last[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1099, %v1102 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
